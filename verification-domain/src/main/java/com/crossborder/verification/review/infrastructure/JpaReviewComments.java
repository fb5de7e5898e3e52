package com.crossborder.verification.review.infrastructure;

import com.crossborder.verification.review.model.ReviewComment;
import com.crossborder.verification.review.model.ReviewComments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** Reviewers' comments in {@code review_comment}. */
@ApplicationScoped
public class JpaReviewComments implements ReviewComments {

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    @Override
    public void add(ReviewComment comment) {
        em.persist(comment);
    }

    @Override
    public List<ReviewComment> of(UUID applicationId) {
        return em.createQuery(
                        "SELECT c FROM ReviewComment c WHERE c.applicationId = :application ORDER BY c.createdAt, c.id",
                        ReviewComment.class)
                .setParameter("application", applicationId)
                .getResultList();
    }
}
