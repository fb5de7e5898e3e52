package com.crossborder.verification.account.infrastructure;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.model.Accounts;
import com.crossborder.verification.account.model.Role;
import com.crossborder.verification.shared.infrastructure.InLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Accounts in the {@code account} table. */
@ApplicationScoped
public class JpaAccounts implements Accounts {

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    @Override
    public Optional<Account> withId(UUID id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public Map<UUID, Account> withIds(Collection<UUID> ids) {
        Map<UUID, Account> found = new HashMap<>();
        for (List<UUID> slice : InLists.slices(List.copyOf(ids))) {
            em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
                    .setParameter("ids", slice)
                    .getResultStream()
                    .forEach(account -> found.put(account.id(), account));
        }
        return found;
    }

    @Override
    public Optional<Account> withUsername(String username) {
        return em.createQuery("SELECT a FROM Account a WHERE a.username = :username", Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Account> withPhoneIndex(String phoneIndex) {
        return em.createQuery("SELECT a FROM Account a WHERE a.phoneIndex = :phoneIndex", Account.class)
                .setParameter("phoneIndex", phoneIndex)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean anyWithRole(Role role) {
        return !em.createQuery("SELECT a.id FROM Account a WHERE a.role = :role", UUID.class)
                .setParameter("role", role)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<Account> staff() {
        return em.createQuery("SELECT a FROM Account a WHERE a.role <> :applicant ORDER BY a.username", Account.class)
                .setParameter("applicant", Role.APPLICANT)
                .getResultList();
    }

    @Override
    public void add(Account account) {
        em.persist(account);
        // Flushed now, so that a duplicate username surfaces here as a constraint violation, not at commit.
        em.flush();
    }
}
