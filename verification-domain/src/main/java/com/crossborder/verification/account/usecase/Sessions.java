package com.crossborder.verification.account.usecase;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.model.Accounts;
import com.crossborder.verification.account.model.TokensChanged;
import com.crossborder.verification.shared.model.Language;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Who a signed-in caller is, and whether a token issued to them still holds: every authenticated request asks. The
 * answer's inputs (disabled, token generation, tokens valid after) are cached per account for a few seconds and
 * forgotten on this node as soon as a change to them commits ({@link TokensChanged}); other nodes of a cluster see
 * the change within {@link #CACHE_SECONDS}.
 */
@ApplicationScoped
public class Sessions {

    /** How long another node may go on accepting a token after a revocation committed elsewhere. */
    static final long CACHE_SECONDS = 5;

    private static final int MAX_CACHED = 10_000;

    /** What every signed-in request reads of its account; {@code language} null while none was chosen. */
    private record TokenState(
            boolean exists, boolean disabled, int generation, Instant validAfter, Language language, long loadedAt) {}

    private final Map<UUID, TokenState> cache = new ConcurrentHashMap<>();

    /** Moves on with every change, so that a state read before a change is never kept after it. */
    private final AtomicLong changes = new AtomicLong();

    @Inject
    Accounts accounts;

    /** The caller's account; a token whose account is gone is no longer a login. */
    @Transactional
    public Account me(UUID accountId) {
        return accounts.withId(accountId).orElseThrow(() -> Rejection.unauthenticated(Reason.UNAUTHORIZED));
    }

    /**
     * Whether the account exists, is not disabled and accepts a token issued at {@code issuedAt} (taken before the
     * password was checked) under token generation {@code generation}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean acceptsToken(UUID accountId, Instant issuedAt, int generation) {
        TokenState state = state(accountId);
        return state.exists()
                && !state.disabled()
                && state.generation() == generation
                && !issuedAt.isBefore(state.validAfter());
    }

    /** The language the account chose, if any: read with (and cached like) the token's state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Language> chosenLanguage(UUID accountId) {
        return Optional.ofNullable(state(accountId).language());
    }

    private TokenState state(UUID accountId) {
        long now = System.nanoTime();
        TokenState state = cache.get(accountId);
        if (state == null || now - state.loadedAt() > CACHE_SECONDS * 1_000_000_000L) {
            long seen = changes.get();
            state = load(accountId, now);
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(accountId, state);
            if (changes.get() != seen) {
                // A change committed while we read: what we read may be older than it.
                cache.remove(accountId, state);
            }
        }
        return state;
    }

    /** A change to what requests read of an account committed (or rolled back): read it afresh next time. */
    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) TokensChanged change) {
        changes.incrementAndGet();
        cache.remove(change.accountId());
    }

    private TokenState load(UUID accountId, long now) {
        Optional<Account> account = accounts.withId(accountId);
        return account.map(a -> new TokenState(
                        true,
                        a.isDisabled(),
                        a.tokenGeneration(),
                        a.tokensValidAfter(),
                        a.chosenLanguage().orElse(null),
                        now))
                .orElseGet(() -> new TokenState(false, true, -1, Instant.MAX, null, now));
    }
}
