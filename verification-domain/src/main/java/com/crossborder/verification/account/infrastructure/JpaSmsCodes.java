package com.crossborder.verification.account.infrastructure;

import com.crossborder.verification.account.model.PhoneThrottle;
import com.crossborder.verification.account.model.SmsCode;
import com.crossborder.verification.account.model.SmsCodePurpose;
import com.crossborder.verification.account.model.SmsCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Codes and throttles in {@code sms_code}, {@code phone_throttle} and {@code login_throttle}. */
@ApplicationScoped
public class JpaSmsCodes implements SmsCodes {

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    @Override
    public void add(SmsCode code) {
        em.persist(code);
    }

    @Override
    public Optional<SmsCode> newestLocked(String phoneIndex, SmsCodePurpose purpose) {
        // Find, then lock by key: EclipseLink writes "FOR UPDATE ... LIMIT" for a locked paged query, which H2 refuses.
        return em.createQuery(
                        "SELECT c.id FROM SmsCode c WHERE c.phoneIndex = :phone AND c.purpose = :purpose "
                                + "ORDER BY c.createdAt DESC",
                        UUID.class)
                .setParameter("phone", phoneIndex)
                .setParameter("purpose", purpose)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(id -> em.find(SmsCode.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public long countFromClientSince(String clientKey, Instant since) {
        return em.createQuery(
                        "SELECT COUNT(c) FROM SmsCode c WHERE c.clientKey = :client AND c.createdAt >= :since",
                        Long.class)
                .setParameter("client", clientKey)
                .setParameter("since", since)
                .getSingleResult();
    }

    @Override
    public PhoneThrottle phoneThrottleLocked(String phoneIndex) {
        // Insert-if-absent never fails, so two first requests for one number cannot both create the row.
        em.createNativeQuery("INSERT INTO phone_throttle (phone_index, last_sent_at, count_day, sent_on_day) "
                        + "VALUES (?, ?, ?, 0) ON CONFLICT DO NOTHING")
                .setParameter(1, phoneIndex)
                .setParameter(2, OffsetDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC))
                .setParameter(3, LocalDate.EPOCH)
                .executeUpdate();
        return em.find(PhoneThrottle.class, phoneIndex, LockModeType.PESSIMISTIC_WRITE);
    }
}
