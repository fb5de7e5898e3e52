package com.crossborder.verification.identity.infrastructure;

import com.crossborder.verification.identity.model.IdentityLocks;
import com.crossborder.verification.shared.infrastructure.InLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Rows of {@code identity_lock} locked {@code FOR UPDATE}; a missing row is made first in a transaction of its own. */
@ApplicationScoped
public class JpaIdentityLocks implements IdentityLocks {

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    @Inject
    IdentityLockRows rows;

    @Override
    public void lock(String identityIndex) {
        lockAll(List.of(identityIndex));
    }

    @Override
    public void lockAll(Collection<String> identityIndexes) {
        List<String> sorted = List.copyOf(new TreeSet<>(identityIndexes));
        for (List<String> slice : InLists.slices(sorted)) {
            Set<String> locked = new HashSet<>(select(slice));
            List<String> missing =
                    slice.stream().filter(index -> !locked.contains(index)).toList();
            if (!missing.isEmpty()) {
                missing.forEach(rows::create);
                locked.addAll(select(missing));
                if (locked.size() != slice.size()) {
                    throw new IllegalStateException("an identity lock row could not be made");
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> select(List<String> indexes) {
        StringBuilder sql = new StringBuilder("SELECT identity_index FROM identity_lock WHERE identity_index IN (");
        for (int i = 0; i < indexes.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?").append(i + 1);
        }
        sql.append(") ORDER BY identity_index FOR UPDATE");
        var query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < indexes.size(); i++) {
            query.setParameter(i + 1, indexes.get(i));
        }
        return (List<String>) query.getResultList();
    }
}
