package com.crossborder.verification.shared.infrastructure;

import com.crossborder.verification.shared.model.RequestWindows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts in {@code request_window}: created if absent, then added to under the row's lock, on H2 and PostgreSQL. */
@ApplicationScoped
public class JpaRequestWindows implements RequestWindows {

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    @Override
    public void add(String clientKey, long minute, int requests) {
        em.createNativeQuery("INSERT INTO request_window (client_key, window_minute, requests) VALUES (?, ?, 0) "
                        + "ON CONFLICT DO NOTHING")
                .setParameter(1, clientKey)
                .setParameter(2, minute)
                .executeUpdate();
        em.createNativeQuery(
                        "UPDATE request_window SET requests = requests + ? WHERE client_key = ? AND window_minute = ?")
                .setParameter(1, requests)
                .setParameter(2, clientKey)
                .setParameter(3, minute)
                .executeUpdate();
    }

    @Override
    public Map<String, Integer> counts(long minute) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT client_key, requests FROM request_window WHERE window_minute = ?")
                .setParameter(1, minute)
                .getResultList();
        Map<String, Integer> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((String) row[0], ((Number) row[1]).intValue());
        }
        return counts;
    }

    @Override
    public void forgetBefore(long minute) {
        em.createNativeQuery("DELETE FROM request_window WHERE window_minute < ?")
                .setParameter(1, minute)
                .executeUpdate();
    }
}
