package com.crossborder.verification.application.infrastructure;

import com.crossborder.verification.application.model.ApplicationStatus;
import com.crossborder.verification.application.model.DocumentExpiries;
import com.crossborder.verification.card.model.CardStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Expiry queries over applications, declared identities and cards; warnings sent in {@code expiry_warning}. */
@ApplicationScoped
public class JpaDocumentExpiries implements DocumentExpiries {

    private static final UUID FIRST = new UUID(0, 0);

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    @Override
    public List<UUID> openApplicationsExpiredBefore(LocalDate today, UUID after, int limit) {
        return em.createQuery(
                        "SELECT a.id FROM Application a, DeclaredIdentity i WHERE i.applicationId = a.id AND a.status IN :open "
                                + "AND i.longTerm = :no AND i.expiryDate < :today AND a.id > :after ORDER BY a.id",
                        UUID.class)
                .setParameter("open", ApplicationStatus.open())
                .setParameter("today", today)
                .setParameter("no", false)
                .setParameter("after", after == null ? FIRST : after)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<UUID> verifiedCardsExpiringBetween(LocalDate from, LocalDate to, UUID after, int limit) {
        return em.createQuery(
                        "SELECT DISTINCT c.id FROM Card c, Application a, DeclaredIdentity i WHERE a.cardId = c.id "
                                + "AND i.applicationId = a.id AND a.status = :approved AND c.status = :verified "
                                + "AND i.longTerm = :no AND i.expiryDate >= :from AND i.expiryDate <= :to AND c.id > :after "
                                + "ORDER BY c.id",
                        UUID.class)
                .setParameter("approved", ApplicationStatus.APPROVED)
                .setParameter("verified", CardStatus.VERIFIED)
                .setParameter("no", false)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("after", after == null ? FIRST : after)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public boolean warned(UUID cardId, LocalDate expiry, int daysBefore) {
        return !em.createNativeQuery(
                        "SELECT 1 FROM expiry_warning WHERE card_id = ? AND expiry_date = ? AND days_before = ?")
                .setParameter(1, cardId.toString())
                .setParameter(2, expiry)
                .setParameter(3, daysBefore)
                .getResultList()
                .isEmpty();
    }

    @Override
    public boolean recordWarning(UUID cardId, LocalDate expiry, int daysBefore, Instant at) {
        return em.createNativeQuery("INSERT INTO expiry_warning (card_id, expiry_date, days_before, sent_at) "
                                + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                        .setParameter(1, cardId.toString())
                        .setParameter(2, expiry)
                        .setParameter(3, daysBefore)
                        .setParameter(4, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                        .executeUpdate()
                == 1;
    }
}
