package com.crossborder.verification.batch.job;

import com.crossborder.verification.application.model.ApplicationStatus;
import com.crossborder.verification.application.model.Applications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Where a run of {@code pending-review} splits the SUBMITTED applications between its partitions: at equal counts,
 * measured when the run first starts and kept in the database, so that a restart gives each partition the id range
 * its checkpoint belongs to.
 */
@ApplicationScoped
public class PartitionPlans {

    /** Plans older than this belong to runs nobody will restart. */
    private static final Duration KEPT = Duration.ofDays(30);

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    @Inject
    Applications applications;

    /**
     * The upper bound of each partition but the last (which has none), in order: the ones stored for this job
     * instance when it has them for as many partitions, else measured now and stored.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> boundsFor(long jobInstance, int partitions, Instant now) {
        List<?> stored = em.createNativeQuery("SELECT last_id FROM job_partition WHERE job_instance = ? ORDER BY partition_no")
                .setParameter(1, jobInstance).getResultList();
        if (stored.size() == partitions) {
            return stored.subList(0, partitions - 1).stream().map(Object::toString).toList();
        }
        List<String> bounds = bounds(applications.runEndsInStatus(ApplicationStatus.SUBMITTED, partitions), partitions);
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        em.createNativeQuery("DELETE FROM job_partition WHERE job_instance = ? OR created_at < ?")
                .setParameter(1, jobInstance).setParameter(2, at.minus(KEPT)).executeUpdate();
        for (int k = 0; k < partitions; k++) {
            em.createNativeQuery("INSERT INTO job_partition (job_instance, partition_no, last_id, created_at) VALUES (?, ?, ?, ?)")
                    .setParameter(1, jobInstance).setParameter(2, k).setParameter(3, k < partitions - 1 ? bounds.get(k) : "")
                    .setParameter(4, at).executeUpdate();
        }
        return bounds;
    }

    /**
     * The {@code partitions - 1} upper bounds that split the ids at the given run ends. With fewer runs than
     * partitions (fewer applications than partitions) the partitions past the last run get empty ranges; with
     * none at all, the last partition takes everything.
     */
    static List<String> bounds(List<UUID> runEnds, int partitions) {
        List<String> bounds = new ArrayList<>();
        String previous = new UUID(0, 0).toString();
        for (int k = 0; k < partitions - 1; k++) {
            if (k < runEnds.size()) {
                previous = runEnds.get(k).toString();
            }
            bounds.add(previous);
        }
        return bounds;
    }
}
