package com.crossborder.verification.batch.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A lease in the shared database that lets one node of a cluster run a given job: taken before the job starts,
 * given back when it ends, and lapsing on its own after {@code ttl} should its node die mid-run.
 */
@ApplicationScoped
public class JobLease {

    /** This node, as the lease table names it. */
    static final String NODE = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    /** Takes the lease unless another node holds one that has not lapsed; commits on its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean acquire(String jobName, Instant now, Duration ttl) {
        return acquireAs(NODE, jobName, now, ttl);
    }

    /** The same for a named holder (tests use it to play a second node). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean acquireAs(String holder, String jobName, Instant now, Duration ttl) {
        OffsetDateTime until = OffsetDateTime.ofInstant(now.plus(ttl), ZoneOffset.UTC);
        int inserted = em.createNativeQuery("INSERT INTO job_lease (job_name, holder, expires_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .setParameter(1, jobName).setParameter(2, holder).setParameter(3, until).executeUpdate();
        if (inserted == 1) {
            return true;
        }
        return em.createNativeQuery("UPDATE job_lease SET holder = ?, expires_at = ? WHERE job_name = ? AND (expires_at < ? OR holder = ?)")
                .setParameter(1, holder).setParameter(2, until).setParameter(3, jobName)
                .setParameter(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).setParameter(5, holder)
                .executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String jobName) {
        em.createNativeQuery("DELETE FROM job_lease WHERE job_name = ? AND holder = ?")
                .setParameter(1, jobName).setParameter(2, NODE).executeUpdate();
    }
}
