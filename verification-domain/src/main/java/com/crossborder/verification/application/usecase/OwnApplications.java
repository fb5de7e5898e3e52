package com.crossborder.verification.application.usecase;

import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.Applications;
import com.crossborder.verification.shared.model.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** A holder's own applications, newest first, a page at a time. */
@ApplicationScoped
public class OwnApplications {

    /** One page and how many there are in all. */
    public record Page(List<Application> items, long total, int page, int size) {}

    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    Applications applications;

    @Transactional
    public Page of(Actor holder, int page, int size) {
        int boundedSize = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
        int boundedPage = Math.max(0, page);
        UUID account = UUID.fromString(holder.id());
        return new Page(
                applications.ofApplicant(account, boundedPage * boundedSize, boundedSize),
                applications.countOfApplicant(account),
                boundedPage,
                boundedSize);
    }
}
