package com.crossborder.verification.job.infrastructure;

import com.crossborder.verification.job.model.BatchRecords;
import com.crossborder.verification.job.model.RecoveryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The Jakarta Batch repository of Payara's batch runtime, reached through the data source the runtime uses
 * ({@code verification.jobs.repository-datasource}, or the first of {@code jdbc/batchJobs}, {@code jdbc/__TimerPool},
 * {@code jdbc/__default} that holds the tables), with its default table names (no prefix or suffix).
 */
@ApplicationScoped
public class JdbcBatchRecords implements BatchRecords {

    private static final Logger LOG = Logger.getLogger(JdbcBatchRecords.class.getName());
    private static final List<String> USUAL = List.of("jdbc/batchJobs", "jdbc/__TimerPool", "jdbc/__default");
    private static final String RUNNING = "('STARTING', 'STARTED', 'STOPPING')";

    @Inject
    RecoveryPolicy policy;

    private volatile DataSource repository;

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean markFailed(long executionId, String exitStatus, Instant now) {
        Timestamp at = Timestamp.from(now);
        try (Connection db = repository(executionId).getConnection()) {
            db.setAutoCommit(true);
            int marked;
            try (PreparedStatement execution = db.prepareStatement("UPDATE EXECUTIONINSTANCEDATA SET batchstatus = "
                    + "'FAILED', exitstatus = ?, endtime = ?, updatetime = ? WHERE jobexecid = ? AND batchstatus IN "
                    + RUNNING)) {
                execution.setString(1, exitStatus);
                execution.setTimestamp(2, at);
                execution.setTimestamp(3, at);
                execution.setLong(4, executionId);
                marked = execution.executeUpdate();
            }
            try (PreparedStatement steps = db.prepareStatement("UPDATE STEPEXECUTIONINSTANCEDATA SET batchstatus = "
                    + "'FAILED', exitstatus = COALESCE(exitstatus, ?), endtime = ? WHERE jobexecid = ? AND batchstatus IN "
                    + RUNNING)) {
                steps.setString(1, exitStatus);
                steps.setTimestamp(2, at);
                steps.setLong(3, executionId);
                steps.executeUpdate();
            }
            return marked == 1;
        } catch (SQLException failed) {
            throw new IllegalStateException("cannot mark batch execution " + executionId + " failed", failed);
        }
    }

    /** The configured data source, or the first usual one whose repository knows the execution. */
    private DataSource repository(long executionId) {
        DataSource known = repository;
        if (known != null) {
            return known;
        }
        List<String> names = policy.repositoryDataSource().isEmpty() ? USUAL : List.of(policy.repositoryDataSource());
        List<String> tried = new ArrayList<>();
        for (String name : names) {
            try {
                DataSource candidate = (DataSource) new InitialContext().lookup(name);
                try (Connection db = candidate.getConnection();
                        PreparedStatement probe =
                                db.prepareStatement("SELECT COUNT(*) FROM EXECUTIONINSTANCEDATA WHERE jobexecid = ?")) {
                    probe.setLong(1, executionId);
                    try (var row = probe.executeQuery()) {
                        if (row.next() && row.getLong(1) == 1) {
                            LOG.info(() -> "Batch job repository found in " + name);
                            repository = candidate;
                            return candidate;
                        }
                    }
                }
                tried.add(name + " (no such execution)");
            } catch (NamingException | SQLException | ClassCastException notThere) {
                tried.add(name + " (" + notThere.getClass().getSimpleName() + ")");
            }
        }
        throw new IllegalStateException("no batch job repository holds execution " + executionId + "; tried " + tried
                + "; set verification.jobs.repository-datasource");
    }
}
