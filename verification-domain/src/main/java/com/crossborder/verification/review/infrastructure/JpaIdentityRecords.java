package com.crossborder.verification.review.infrastructure;

import com.crossborder.verification.application.model.ApplicationStatus;
import com.crossborder.verification.review.model.IdentityRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;

/** Names recorded for an identity, from the declarations of approved applications. */
@ApplicationScoped
public class JpaIdentityRecords implements IdentityRecords {

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    @Override
    public Set<String> approvedNamesOf(String identityIndex) {
        return new HashSet<>(em.createQuery(
                        "SELECT i.nameIndex FROM DeclaredIdentity i, Application a "
                                + "WHERE a.id = i.applicationId AND i.identityIndex = :identity AND a.status = :approved",
                        String.class)
                .setParameter("identity", identityIndex)
                .setParameter("approved", ApplicationStatus.APPROVED)
                .getResultList());
    }
}
