package com.crossborder.verification.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes an identity's lock row in a transaction of its own, so that it exists (committed) before anyone locks it; two
 * first uses at once make it once, the other's insert fails on the key and is ignored.
 */
@ApplicationScoped
public class IdentityLockRows {

    private static final Logger LOG = Logger.getLogger(IdentityLockRows.class.getName());

    @Inject
    Inner inner;

    public void create(String identityIndex) {
        try {
            inner.insert(identityIndex);
        } catch (RuntimeException madeByAnother) {
            LOG.log(Level.FINE, "identity lock row made meanwhile", madeByAnother);
        }
    }

    /** The insert itself, behind the transaction interceptor. */
    @ApplicationScoped
    public static class Inner {

        @PersistenceContext(unitName = "verification")
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void insert(String identityIndex) {
            em.createNativeQuery("INSERT INTO identity_lock (identity_index) VALUES (?1)")
                    .setParameter(1, identityIndex)
                    .executeUpdate();
        }
    }
}
