package com.crossborder.verification.web.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class LostRaceTest {

    @Test
    void optimisticLockLossesAre409HoweverWrapped() {
        assertTrue(UnexpectedExceptionMapper.lostARace(new OptimisticLockException("stale")));
        RollbackException rollback = new RollbackException("commit failed");
        rollback.initCause(new OptimisticLockException("stale"));
        assertTrue(UnexpectedExceptionMapper.lostARace(new TransactionalException("rolled back", rollback)));
        assertTrue(UnexpectedExceptionMapper.lostARace(
                new EJBTransactionRolledbackException("rolled back", new OptimisticLockException("stale"))));
        assertTrue(UnexpectedExceptionMapper.lostARace(
                new IllegalStateException(new SQLException("deadlock detected", "40P01"))));
    }

    @Test
    void otherFailuresStay500() {
        assertFalse(UnexpectedExceptionMapper.lostARace(new IllegalStateException("bug")));
        assertFalse(UnexpectedExceptionMapper.lostARace(new SQLException("syntax", "42601")));
        assertFalse(UnexpectedExceptionMapper.lostARace(new RollbackException("timeout")));
    }
}
