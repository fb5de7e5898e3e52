package com.crossborder.verification.review.infrastructure;

import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.ApplicationPhoto;
import com.crossborder.verification.application.model.ApplicationStatus;
import com.crossborder.verification.application.model.DeclaredIdentity;
import com.crossborder.verification.application.model.PhotoCheck;
import com.crossborder.verification.application.model.PhotoKind;
import com.crossborder.verification.card.model.Card;
import com.crossborder.verification.card.model.CardStatus;
import com.crossborder.verification.card.model.RegistryStatus;
import com.crossborder.verification.review.model.ScreeningCase;
import com.crossborder.verification.review.model.ScreeningCases;
import com.crossborder.verification.shared.infrastructure.InLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Seven queries for each thousand applications (see {@link InLists}): the applications, their declarations, their
 * cards, the names approved for the same identities, the verified-card counts, the open applications on the same
 * cards and the photo checks (measurements only: the encrypted images stay in the database).
 */
@ApplicationScoped
public class JpaScreeningCases implements ScreeningCases {

    /** Submitted and not yet decided: what makes a second application for the same card a duplicate. */
    private static final List<ApplicationStatus> UNDECIDED = List.of(
            ApplicationStatus.SUBMITTED,
            ApplicationStatus.IN_REVIEW,
            ApplicationStatus.REUPLOAD_REQUESTED,
            ApplicationStatus.REFERRED);

    /** Earlier submission first; the id decides between two submitted at the same instant. */
    private static final Comparator<Submission> SUBMISSION_ORDER = Comparator.comparing(
                    (Submission s) -> s.submittedAt() == null ? Instant.MAX : s.submittedAt())
            .thenComparing(s -> s.id().toString());

    /** An application as far as the duplicate rule needs it. */
    private record Submission(UUID id, UUID cardId, Instant submittedAt) {

        static Submission of(Application application) {
            return new Submission(application.id(), application.cardId(), application.submittedAt());
        }
    }

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    @Override
    public List<ScreeningCase> lockSubmitted(Collection<UUID> ids) {
        List<ScreeningCase> cases = new ArrayList<>();
        for (List<UUID> slice : InLists.slices(List.copyOf(ids))) {
            // The status is checked here, not in SQL: PostgreSQL's generic plan for "status = ? AND id IN (...)" walks
            // the status index and tests each row against the whole list, seconds a chunk at a million rows.
            List<Application> applications = em.createQuery(
                            "SELECT a FROM Application a WHERE a.id IN :ids", Application.class)
                    .setParameter("ids", slice)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultStream()
                    .filter(application -> application.status() == ApplicationStatus.SUBMITTED)
                    .sorted(Comparator.comparing(application -> application.id().toString()))
                    .toList();
            cases.addAll(gather(applications, true));
        }
        return cases;
    }

    @Override
    public List<String> identityIndexesOf(Collection<UUID> ids) {
        List<String> indexes = new ArrayList<>();
        for (List<UUID> slice : InLists.slices(List.copyOf(ids))) {
            indexes.addAll(em.createQuery(
                            "SELECT DISTINCT i.identityIndex FROM DeclaredIdentity i WHERE i.applicationId IN :ids",
                            String.class)
                    .setParameter("ids", slice)
                    .getResultList());
        }
        return indexes;
    }

    @Override
    public List<ScreeningCase> of(List<Application> applications) {
        List<ScreeningCase> cases = new ArrayList<>();
        for (List<Application> slice : InLists.slices(applications)) {
            cases.addAll(gather(slice, false));
        }
        return cases;
    }

    private List<ScreeningCase> gather(List<Application> applications, boolean lock) {
        if (applications.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = applications.stream().map(Application::id).toList();
        List<UUID> cardIds =
                applications.stream().map(Application::cardId).distinct().toList();

        Map<UUID, DeclaredIdentity> identities = em.createQuery(
                        "SELECT i FROM DeclaredIdentity i WHERE i.applicationId IN :ids", DeclaredIdentity.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(DeclaredIdentity::applicationId, Function.identity()));
        TypedQuery<Card> cardQuery = em.createQuery("SELECT c FROM Card c WHERE c.id IN :ids", Card.class)
                .setParameter("ids", cardIds);
        if (lock) {
            cardQuery.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        Map<UUID, Card> cards = cardQuery.getResultStream().collect(Collectors.toMap(Card::id, Function.identity()));

        List<String> identityIndexes = identities.values().stream()
                .map(DeclaredIdentity::identityIndex)
                .distinct()
                .toList();
        Map<String, Set<String>> approvedNames = approvedNames(identityIndexes, ids);
        Map<String, Long> verifiedCards = verifiedCards(identityIndexes);
        // The status is filtered here for the same reason as in lockSubmitted.
        Map<UUID, List<Submission>> undecidedOnCard = em.createQuery(
                        "SELECT a.id, a.cardId, a.submittedAt, a.status FROM Application a WHERE a.cardId IN :cards",
                        Object[].class)
                .setParameter("cards", cardIds)
                .getResultStream()
                .filter(row -> UNDECIDED.contains((ApplicationStatus) row[3]))
                .map(row -> new Submission((UUID) row[0], (UUID) row[1], (Instant) row[2]))
                .collect(Collectors.groupingBy(Submission::cardId));
        Map<UUID, Map<PhotoKind, PhotoCheck>> photos = photoChecks(ids);
        Set<String> stopped = em.createQuery(
                        "SELECT r.cardNumber FROM RegisteredCard r WHERE r.cardNumber IN :numbers AND r.status <> :active",
                        String.class)
                .setParameter(
                        "numbers",
                        applications.stream()
                                .map(Application::cardNumber)
                                .distinct()
                                .toList())
                .setParameter("active", RegistryStatus.ACTIVE)
                .getResultStream()
                .collect(Collectors.toSet());

        return applications.stream()
                .map(application -> {
                    DeclaredIdentity identity = identities.get(application.id());
                    String identityIndex = identity == null ? null : identity.identityIndex();
                    Submission submission = Submission.of(application);
                    boolean earlierOpen = undecidedOnCard.getOrDefault(application.cardId(), List.of()).stream()
                            .anyMatch(other -> !other.id().equals(application.id())
                                    && SUBMISSION_ORDER.compare(other, submission) < 0);
                    return new ScreeningCase(
                            application,
                            identity,
                            cards.get(application.cardId()),
                            approvedNames.getOrDefault(identityIndex, Set.of()),
                            verifiedCards.getOrDefault(identityIndex, 0L),
                            earlierOpen,
                            photos.getOrDefault(application.id(), Map.of()),
                            stopped.contains(application.cardNumber()));
                })
                .toList();
    }

    /**
     * Per identity index: the name indexes of its approved applications, none of them one being screened (an
     * application is never judged against its own name).
     */
    private Map<String, Set<String>> approvedNames(List<String> identityIndexes, List<UUID> screened) {
        Map<String, Set<String>> names = new HashMap<>();
        if (identityIndexes.isEmpty()) {
            return names;
        }
        em.createQuery(
                        "SELECT i.identityIndex, i.nameIndex FROM DeclaredIdentity i, Application a "
                                + "WHERE a.id = i.applicationId AND a.status = :approved AND i.identityIndex IN :identities "
                                + "AND i.applicationId NOT IN :screened",
                        Object[].class)
                .setParameter("approved", ApplicationStatus.APPROVED)
                .setParameter("identities", identityIndexes)
                .setParameter("screened", screened)
                .getResultStream()
                .forEach(row -> names.computeIfAbsent((String) row[0], key -> new HashSet<>())
                        .add((String) row[1]));
        return names;
    }

    private Map<String, Long> verifiedCards(List<String> identityIndexes) {
        Map<String, Long> counts = new HashMap<>();
        if (identityIndexes.isEmpty()) {
            return counts;
        }
        em.createQuery(
                        "SELECT c.identityIndex, COUNT(c) FROM Card c WHERE c.status = :verified AND c.identityIndex IN :identities "
                                + "GROUP BY c.identityIndex",
                        Object[].class)
                .setParameter("verified", CardStatus.VERIFIED)
                .setParameter("identities", identityIndexes)
                .getResultStream()
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    private Map<UUID, Map<PhotoKind, PhotoCheck>> photoChecks(List<UUID> ids) {
        Map<UUID, Map<PhotoKind, PhotoCheck>> checks = new HashMap<>();
        em.createQuery(
                        "SELECT p.applicationId, " + ApplicationPhoto.CHECK_COLUMNS
                                + " FROM ApplicationPhoto p WHERE p.applicationId IN :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(row -> {
                    PhotoCheck check = ApplicationPhoto.check(Arrays.copyOfRange(row, 1, row.length));
                    checks.computeIfAbsent((UUID) row[0], key -> new EnumMap<>(PhotoKind.class))
                            .put(check.kind(), check);
                });
        return checks;
    }
}
