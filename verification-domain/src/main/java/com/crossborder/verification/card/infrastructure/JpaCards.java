package com.crossborder.verification.card.infrastructure;

import com.crossborder.verification.card.model.Card;
import com.crossborder.verification.card.model.CardStatus;
import com.crossborder.verification.card.model.Cards;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Cards in the {@code card} table. */
@ApplicationScoped
public class JpaCards implements Cards {

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    @Override
    public void add(Card card) {
        em.persist(card);
        em.flush();
    }

    @Override
    public Optional<Card> withId(UUID id) {
        return Optional.ofNullable(em.find(Card.class, id));
    }

    @Override
    public Optional<Card> withNumber(String cardNumber) {
        return em.createQuery("SELECT c FROM Card c WHERE c.cardNumber = :number", Card.class)
                .setParameter("number", cardNumber)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Card> heldBy(UUID holderId) {
        return em.createQuery("SELECT c FROM Card c WHERE c.holderId = :holder ORDER BY c.createdAt", Card.class)
                .setParameter("holder", holderId)
                .getResultList();
    }

    @Override
    public long verifiedFor(String identityIndex) {
        return em.createQuery(
                        "SELECT COUNT(c) FROM Card c WHERE c.identityIndex = :identity AND c.status = :verified",
                        Long.class)
                .setParameter("identity", identityIndex)
                .setParameter("verified", CardStatus.VERIFIED)
                .getSingleResult();
    }
}
