package com.crossborder.verification.card.infrastructure;

import com.crossborder.verification.card.model.CardCheckThrottle;
import com.crossborder.verification.card.model.CardFile;
import com.crossborder.verification.card.model.CardFileLine;
import com.crossborder.verification.card.model.CardRegistry;
import com.crossborder.verification.card.model.RegisteredCard;
import com.crossborder.verification.card.model.RegistryStatus;
import com.crossborder.verification.shared.infrastructure.InLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The registry in {@code card_registry}, received files in {@code card_registry_file} and {@code _line}. */
@ApplicationScoped
public class JpaCardRegistry implements CardRegistry {

    private static final int FLUSH_EVERY = 500;

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    @Override
    public Optional<RegisteredCard> registered(String cardNumber) {
        return Optional.ofNullable(em.find(RegisteredCard.class, cardNumber));
    }

    @Override
    public Optional<RegisteredCard> registeredLocked(String cardNumber) {
        return Optional.ofNullable(em.find(RegisteredCard.class, cardNumber, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(RegisteredCard card) {
        em.persist(card);
        em.flush();
    }

    @Override
    public Map<String, RegistryStatus> statuses(Collection<String> cardNumbers) {
        Map<String, RegistryStatus> found = new HashMap<>();
        if (cardNumbers.isEmpty()) {
            return found;
        }
        for (List<String> part : InLists.slices(List.copyOf(cardNumbers))) {
            em.createQuery("SELECT r FROM RegisteredCard r WHERE r.cardNumber IN :numbers", RegisteredCard.class)
                    .setParameter("numbers", part)
                    .getResultList()
                    .forEach(card -> found.put(card.number().value(), card.status()));
        }
        return found;
    }

    @Override
    public void addFile(CardFile file, List<CardFileLine> lines) {
        em.persist(file);
        em.flush();
        int count = 0;
        for (CardFileLine line : lines) {
            em.persist(line);
            if (++count % FLUSH_EVERY == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
    }

    @Override
    public Optional<CardFile> file(UUID fileId) {
        return Optional.ofNullable(em.find(CardFile.class, fileId));
    }

    @Override
    public void removeFile(UUID fileId) {
        em.createQuery("DELETE FROM CardFileLine l WHERE l.fileId = :file")
                .setParameter("file", fileId)
                .executeUpdate();
        em.createQuery("DELETE FROM CardFile f WHERE f.id = :file")
                .setParameter("file", fileId)
                .executeUpdate();
    }

    @Override
    public List<Integer> lineNumbersAfter(UUID fileId, int after, int size) {
        return em.createQuery(
                        "SELECT l.lineNo FROM CardFileLine l WHERE l.fileId = :file AND l.lineNo > :after "
                                + "ORDER BY l.lineNo",
                        Integer.class)
                .setParameter("file", fileId)
                .setParameter("after", after)
                .setMaxResults(size)
                .getResultList();
    }

    @Override
    public List<CardFileLine> lines(UUID fileId, List<Integer> lineNumbers) {
        if (lineNumbers.isEmpty()) {
            return List.of();
        }
        Set<Integer> wanted = Set.copyOf(lineNumbers);
        return em
                .createQuery(
                        "SELECT l FROM CardFileLine l WHERE l.fileId = :file AND l.lineNo BETWEEN :first AND :last "
                                + "ORDER BY l.lineNo",
                        CardFileLine.class)
                .setParameter("file", fileId)
                .setParameter(
                        "first",
                        lineNumbers.stream().mapToInt(Integer::intValue).min().orElseThrow())
                .setParameter(
                        "last",
                        lineNumbers.stream().mapToInt(Integer::intValue).max().orElseThrow())
                .getResultList()
                .stream()
                .filter(line -> wanted.contains(line.lineNo()))
                .toList();
    }

    @Override
    public CardCheckThrottle throttleLockedOrNew(String key) {
        em.createNativeQuery(
                        "INSERT INTO card_check_throttle (throttle_key, failures) VALUES (?, 0) ON CONFLICT DO NOTHING")
                .setParameter(1, key)
                .executeUpdate();
        return em.find(CardCheckThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
    }
}
