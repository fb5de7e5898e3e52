package com.crossborder.verification.shared.infrastructure;

import com.crossborder.verification.shared.model.Ciphertexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ciphertext columns of the schema, by plain SQL: the rotation touches bytes only, never entities, and compares
 * the old value on update so that a value written meanwhile is never overwritten. A new encrypted column must be
 * listed here (and in README, Personal data at rest).
 */
@ApplicationScoped
public class JpaCiphertexts implements Ciphertexts {

    /** The key columns of each table, in order. */
    private static final Map<String, List<String>> KEYS = Map.of(
            "account", List.of("id"),
            "sms_outbox", List.of("id"),
            "application_identity", List.of("application_id"),
            "application_photo", List.of("application_id", "kind"),
            "outlet_scan", List.of("id"),
            "outlet_visit", List.of("application_id"),
            "review_comment", List.of("id"),
            "webhook", List.of("id"));

    private static final List<Column> COLUMNS = List.of(
            new Column("account", "phone_encrypted", "account.phone"),
            new Column("account", "identity_number_encrypted", "application_identity.number"),
            new Column("sms_outbox", "phone_encrypted", "sms_outbox.phone"),
            new Column("sms_outbox", "text_encrypted", "sms_outbox.text"),
            new Column("application_identity", "number_encrypted", "application_identity.number"),
            new Column("application_identity", "name_encrypted", "application_identity.name"),
            new Column("outlet_visit", "contact_phone_encrypted", "account.phone"),
            new Column("review_comment", "text_encrypted", "review_comment.text"),
            new Column("outlet_scan", "content_encrypted", "outlet_scan.content"),
            new Column("application_photo", "content_encrypted", "application_photo.content"),
            new Column("webhook", "secret_encrypted", "webhook-secret"));

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public List<Stored> page(Column column, String afterRowKey, int size) {
        List<String> keys = KEYS.get(column.table());
        String keyList = String.join(", ", keys);
        StringBuilder sql = new StringBuilder("SELECT ")
                .append(keyList)
                .append(", ")
                .append(column.column())
                .append(" FROM ")
                .append(column.table())
                .append(" WHERE ")
                .append(column.column())
                .append(" IS NOT NULL");
        String[] after = afterRowKey == null ? null : afterRowKey.split("/", -1);
        if (after != null) {
            sql.append(
                    keys.size() == 1
                            ? " AND " + keys.get(0) + " > ?1"
                            : " AND (" + keys.get(0) + " > ?1 OR (" + keys.get(0) + " = ?1 AND " + keys.get(1)
                                    + " > ?2))");
        }
        sql.append(" ORDER BY ").append(keyList);
        Query query = em.createNativeQuery(sql.toString()).setMaxResults(size);
        if (after != null) {
            for (int i = 0; i < keys.size(); i++) {
                query.setParameter(i + 1, after[i]);
            }
        }
        List<Stored> page = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] values = (Object[]) row;
            StringBuilder rowKey = new StringBuilder();
            for (int i = 0; i < keys.size(); i++) {
                rowKey.append(i == 0 ? "" : "/").append(values[i]);
            }
            page.add(new Stored(rowKey.toString(), (byte[]) values[keys.size()]));
        }
        return page;
    }

    @Override
    public boolean replace(Column column, String rowKey, byte[] old, byte[] fresh) {
        List<String> keys = KEYS.get(column.table());
        String[] values = rowKey.split("/", -1);
        StringBuilder sql = new StringBuilder("UPDATE ")
                .append(column.table())
                .append(" SET ")
                .append(column.column())
                .append(" = ?1 WHERE ")
                .append(column.column())
                .append(" = ?2");
        for (int i = 0; i < keys.size(); i++) {
            sql.append(" AND ").append(keys.get(i)).append(" = ?").append(i + 3);
        }
        Query update =
                em.createNativeQuery(sql.toString()).setParameter(1, fresh).setParameter(2, old);
        for (int i = 0; i < keys.size(); i++) {
            update.setParameter(i + 3, values[i]);
        }
        return update.executeUpdate() == 1;
    }
}
