package com.crossborder.verification.web.platform;

import com.crossborder.verification.review.model.EscalationContacts;
import com.crossborder.verification.review.model.ReviewSettings;
import com.crossborder.verification.shared.model.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The review context's settings: claims, the cards-per-identity limit, auto-approval and who hears of escalations. */
@ApplicationScoped
public class ReviewConfiguration {

    @Inject
    @ConfigProperty(name = "verification.review.claim-duration", defaultValue = "PT30M")
    Duration claimDuration;

    @Inject
    @ConfigProperty(name = "verification.identity.max-verified-cards", defaultValue = "5")
    int maxVerifiedCards;

    @Inject
    @ConfigProperty(name = "verification.review.auto-approve", defaultValue = "false")
    boolean autoApprove;

    @Inject
    @ConfigProperty(name = "verification.review.escalation-phones")
    Optional<String> escalationPhones;

    @Produces
    @Singleton
    ReviewSettings reviewSettings() {
        return new ReviewSettings(claimDuration, maxVerifiedCards, autoApprove);
    }

    @Produces
    @Singleton
    EscalationContacts escalationContacts() {
        return new EscalationContacts(Arrays.stream(escalationPhones.orElse("").split(","))
                .map(String::strip)
                .filter(phone -> !phone.isEmpty())
                .map(PhoneNumber::parse)
                .toList());
    }
}
