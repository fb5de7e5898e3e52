package com.crossborder.verification.account.usecase;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.model.Accounts;
import com.crossborder.verification.account.model.TokensChanged;
import com.crossborder.verification.audit.usecase.AuditLog;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.Language;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * The language an account reads: chosen by its holder, kept with the account, and used for every SMS sent to them
 * afterwards (even by a nightly job) and for problem messages when a request does not name a language itself.
 */
@ApplicationScoped
public class LanguageChoice {

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    Sessions sessions;

    @Inject
    Event<TokensChanged> accountChanged;

    /** Keeps the caller's choice: {@code zh-Hans}, {@code zh-Hant} or {@code en} (regional tags such as zh-HK too). */
    @Transactional
    public Account choose(Actor caller, String tag) {
        Language language =
                Language.ofTag(tag).orElseThrow(() -> Rejection.onField("language", Reason.LANGUAGE_UNSUPPORTED));
        Account account = accounts.withId(UUID.fromString(caller.id()))
                .orElseThrow(() -> Rejection.unauthenticated(Reason.UNAUTHORIZED));
        account.speaks(language);
        accountChanged.fire(new TokensChanged(account.id()));
        audit.record(caller, "LANGUAGE_CHOSEN", "Account", account.id().toString(), "language=" + language.tag());
        return account;
    }

    /**
     * The language the account chose, if any: asked by every signed-in request that names none itself, so read from
     * the account state the session check caches (for a few seconds; a change made through this node at once).
     */
    public Optional<Language> of(UUID accountId) {
        return sessions.chosenLanguage(accountId);
    }
}
