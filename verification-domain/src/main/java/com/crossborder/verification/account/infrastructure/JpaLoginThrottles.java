package com.crossborder.verification.account.infrastructure;

import com.crossborder.verification.account.model.LoginScope;
import com.crossborder.verification.account.model.LoginThrottle;
import com.crossborder.verification.account.model.LoginThrottles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Counters in {@code login_throttle}. */
@ApplicationScoped
public class JpaLoginThrottles implements LoginThrottles {

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    @Override
    public LoginThrottle locked(String key, LoginScope scope, String subjectKey) {
        // Insert-if-absent never fails, so the first burst on a new login finds one row to queue on, not none.
        em.createNativeQuery("INSERT INTO login_throttle (login_key, scope, subject_key, failures) "
                        + "VALUES (?, ?, ?, 0) ON CONFLICT DO NOTHING")
                .setParameter(1, key)
                .setParameter(2, scope.name())
                .setParameter(3, subjectKey)
                .executeUpdate();
        return em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public Optional<Instant> lockedUntil(String loginKey, Instant now) {
        return em
                .createQuery(
                        // the latest by ordering, not MAX(): on PostgreSQL an aggregate hands the converter a Timestamp
                        "SELECT t.lockedUntil FROM LoginThrottle t WHERE (t.key = :login OR t.subjectKey = :login) "
                                + "AND t.lockedUntil > :now ORDER BY t.lockedUntil DESC",
                        Instant.class)
                .setParameter("login", loginKey)
                .setParameter("now", now)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .filter(Objects::nonNull)
                .findFirst();
    }

    @Override
    public int unlockLogin(String loginKey, Instant now) {
        List<String> keys = em.createQuery(
                        "SELECT t.key FROM LoginThrottle t WHERE t.key = :login OR t.subjectKey = :login "
                                + "ORDER BY t.key",
                        String.class)
                .setParameter("login", loginKey)
                .getResultList();
        int locked = 0;
        for (String key : keys) {
            LoginThrottle throttle = em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
            if (throttle != null) {
                if (throttle.lockedFor(now).isPresent()) {
                    locked++;
                }
                throttle.unlock();
            }
        }
        return locked;
    }
}
