package com.crossborder.verification.application.infrastructure;

import com.crossborder.verification.application.model.ApplicationStatus;
import com.crossborder.verification.application.model.ApplicationTallies;
import com.crossborder.verification.application.model.ApplicationTally;
import com.crossborder.verification.application.model.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Two aggregate queries over {@code application} (with {@code outlet_visit} for the channel). */
@ApplicationScoped
public class JpaApplicationTallies implements ApplicationTallies {

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    @Override
    public ApplicationTally tally(Instant now) {
        Map<Channel, Map<ApplicationStatus, Long>> byChannel = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            byChannel.put(channel, new EnumMap<>(ApplicationStatus.class));
        }
        List<?> rows = em.createNativeQuery(
                        "SELECT CASE WHEN v.application_id IS NULL THEN 'ONLINE' ELSE 'OUTLET' END, "
                                + "a.status, COUNT(*) FROM application a LEFT JOIN outlet_visit v ON v.application_id = a.id "
                                + "WHERE a.status <> 'DRAFT' GROUP BY CASE WHEN v.application_id IS NULL THEN 'ONLINE' "
                                + "ELSE 'OUTLET' END, a.status")
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            byChannel
                    .get(Channel.valueOf(columns[0].toString().strip()))
                    .put(ApplicationStatus.valueOf(columns[1].toString()), ((Number) columns[2]).longValue());
        }
        Number breaches = (Number) em.createNativeQuery("SELECT COUNT(*) FROM application WHERE status IN "
                        + "('SUBMITTED', 'IN_REVIEW', 'REFERRED') AND sla_deadline < ?")
                .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .getSingleResult();
        return new ApplicationTally(byChannel, breaches.longValue());
    }
}
