package com.crossborder.verification.job.infrastructure;

import com.crossborder.verification.job.model.JobLeases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Leases in {@code job_lease}, one row a job; each call commits on its own. */
@ApplicationScoped
public class JpaJobLeases implements JobLeases {

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean acquire(String jobName, String holder, Instant now, Duration ttl) {
        OffsetDateTime until = OffsetDateTime.ofInstant(now.plus(ttl), ZoneOffset.UTC);
        int inserted = em.createNativeQuery(
                        "INSERT INTO job_lease (job_name, holder, expires_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .setParameter(1, jobName)
                .setParameter(2, holder)
                .setParameter(3, until)
                .executeUpdate();
        if (inserted == 1) {
            return true;
        }
        return em.createNativeQuery("UPDATE job_lease SET holder = ?, expires_at = ? "
                                + "WHERE job_name = ? AND (expires_at < ? OR holder = ?)")
                        .setParameter(1, holder)
                        .setParameter(2, until)
                        .setParameter(3, jobName)
                        .setParameter(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                        .setParameter(5, holder)
                        .executeUpdate()
                == 1;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claimNight(String jobName, LocalDate night, String holder, Instant now) {
        return em.createNativeQuery("INSERT INTO job_night (job_name, night, holder, claimed_at) VALUES (?, ?, ?, ?) "
                                + "ON CONFLICT DO NOTHING")
                        .setParameter(1, jobName)
                        .setParameter(2, night)
                        .setParameter(3, holder)
                        .setParameter(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                        .executeUpdate()
                == 1;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean renew(String jobName, String holder, Instant now, Duration ttl) {
        return em.createNativeQuery("UPDATE job_lease SET expires_at = ? WHERE job_name = ? AND holder = ?")
                        .setParameter(1, OffsetDateTime.ofInstant(now.plus(ttl), ZoneOffset.UTC))
                        .setParameter(2, jobName)
                        .setParameter(3, holder)
                        .executeUpdate()
                == 1;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Lease> current(String jobName) {
        List<?> rows = em.createNativeQuery("SELECT holder, expires_at FROM job_lease WHERE job_name = ?")
                .setParameter(1, jobName)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Lease((String) row[0], instant(row[1])));
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalStateException("unexpected lease expiry type " + value.getClass());
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String jobName, String holder) {
        em.createNativeQuery("DELETE FROM job_lease WHERE job_name = ? AND holder = ?")
                .setParameter(1, jobName)
                .setParameter(2, holder)
                .executeUpdate();
    }
}
