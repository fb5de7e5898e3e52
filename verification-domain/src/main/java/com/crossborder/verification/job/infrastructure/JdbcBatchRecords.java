package com.crossborder.verification.job.infrastructure;

import com.crossborder.verification.job.model.BatchRecords;
import com.crossborder.verification.job.model.RecoveryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The Jakarta Batch repository of Payara's batch runtime, reached through the data source the runtime uses
 * ({@code verification.jobs.repository-datasource}, or the first of {@code jdbc/batchJobs}, {@code jdbc/__TimerPool},
 * {@code jdbc/__default} that holds the tables), with Payara's default table names ({@code JBATCH} prefix) or the
 * reference implementation's (no prefix), whichever the data source holds.
 */
@ApplicationScoped
public class JdbcBatchRecords implements BatchRecords {

    private static final Logger LOG = Logger.getLogger(JdbcBatchRecords.class.getName());
    private static final List<String> USUAL = List.of("jdbc/batchJobs", "jdbc/__TimerPool", "jdbc/__default");
    private static final String RUNNING = "('STARTING', 'STARTED', 'STOPPING')";

    @Inject
    RecoveryPolicy policy;

    /** Payara's batch runtime names its tables JBATCH…; the reference implementation alone, without a prefix. */
    private static final List<String> PREFIXES = List.of("JBATCH", "");

    private volatile Repository repository;

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean markFailed(long executionId, String exitStatus, Instant now) {
        Timestamp at = Timestamp.from(now);
        Optional<Repository> found = repository();
        if (found.isEmpty()) {
            throw new IllegalStateException("no batch job repository found to mark execution " + executionId
                    + " failed; set verification.jobs.repository-datasource");
        }
        Repository repo = found.get();
        String executions = repo.table("EXECUTIONINSTANCEDATA");
        String instances = repo.table("JOBINSTANCEDATA");
        // The run itself and the runs of its partitions (job instances named ":<run>:<step>:<partition>").
        String theRunAndItsPartitions =
                "(jobexecid = ? OR jobinstanceid IN (SELECT jobinstanceid FROM " + instances + " WHERE name LIKE ?))";
        try (Connection db = repo.source().getConnection()) {
            db.setAutoCommit(true);
            int marked;
            try (PreparedStatement execution = db.prepareStatement("UPDATE " + executions + " SET batchstatus = "
                    + "'FAILED', exitstatus = ?, endtime = ?, updatetime = ? WHERE jobexecid = ? AND batchstatus IN "
                    + RUNNING)) {
                execution.setString(1, exitStatus);
                execution.setTimestamp(2, at);
                execution.setTimestamp(3, at);
                execution.setLong(4, executionId);
                marked = execution.executeUpdate();
            }
            try (PreparedStatement partitions = db.prepareStatement("UPDATE " + executions + " SET batchstatus = "
                    + "'FAILED', exitstatus = ?, endtime = ?, updatetime = ? WHERE jobinstanceid IN (SELECT "
                    + "jobinstanceid FROM " + instances + " WHERE name LIKE ?) AND batchstatus IN " + RUNNING)) {
                partitions.setString(1, exitStatus);
                partitions.setTimestamp(2, at);
                partitions.setTimestamp(3, at);
                partitions.setString(4, ":" + executionId + ":%");
                partitions.executeUpdate();
            }
            try (PreparedStatement steps = db.prepareStatement("UPDATE " + repo.table("STEPEXECUTIONINSTANCEDATA")
                    + " SET batchstatus = 'FAILED', exitstatus = COALESCE(exitstatus, ?), endtime = ? WHERE jobexecid IN "
                    + "(SELECT jobexecid FROM " + executions + " WHERE " + theRunAndItsPartitions
                    + ") AND batchstatus IN "
                    + RUNNING)) {
                steps.setString(1, exitStatus);
                steps.setTimestamp(2, at);
                steps.setLong(3, executionId);
                steps.setString(4, ":" + executionId + ":%");
                steps.executeUpdate();
            }
            return marked == 1;
        } catch (SQLException failed) {
            throw new IllegalStateException("cannot mark batch execution " + executionId + " failed", failed);
        }
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<Long> running(String jobName) {
        Optional<Repository> found = repository();
        if (found.isEmpty()) {
            return List.of();
        }
        Repository repo = found.get();
        try (Connection db = repo.source().getConnection();
                PreparedStatement select = db.prepareStatement("SELECT e.jobexecid FROM "
                        + repo.table("EXECUTIONINSTANCEDATA") + " e JOIN " + repo.table("JOBINSTANCEDATA")
                        + " i ON i.jobinstanceid = e.jobinstanceid WHERE i.name = ? AND e.batchstatus IN " + RUNNING
                        + " ORDER BY e.jobexecid")) {
            select.setString(1, jobName);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return List.copyOf(ids);
        } catch (SQLException failed) {
            throw new IllegalStateException("cannot read the running executions of " + jobName, failed);
        }
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean partitionsRunning(long executionId) {
        Optional<Repository> found = repository();
        if (found.isEmpty()) {
            return false;
        }
        Repository repo = found.get();
        try (Connection db = repo.source().getConnection();
                PreparedStatement select = db.prepareStatement("SELECT COUNT(*) FROM "
                        + repo.table("EXECUTIONINSTANCEDATA") + " WHERE jobinstanceid IN (SELECT jobinstanceid FROM "
                        + repo.table("JOBINSTANCEDATA") + " WHERE name LIKE ?) AND batchstatus IN " + RUNNING)) {
            // Partitions run as job instances named ":<run>:<step>:<partition>".
            select.setString(1, ":" + executionId + ":%");
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() && rows.getLong(1) > 0;
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("cannot read the partitions of execution " + executionId, failed);
        }
    }

    /** The batch runtime's data source and the prefix of its tables ({@code JBATCH} in Payara, or none). */
    private record Repository(DataSource source, String prefix) {
        String table(String name) {
            return prefix + name;
        }
    }

    /**
     * The configured data source, or the first usual one that holds the job repository's tables; empty while none
     * does (no job ever ran: the runtime creates its tables on first use).
     */
    private Optional<Repository> repository() {
        Repository known = repository;
        if (known != null) {
            return Optional.of(known);
        }
        List<String> names = policy.repositoryDataSource().isEmpty() ? USUAL : List.of(policy.repositoryDataSource());
        List<String> tried = new ArrayList<>();
        for (String name : names) {
            DataSource candidate;
            try {
                candidate = (DataSource) new InitialContext().lookup(name);
            } catch (NamingException | ClassCastException notThere) {
                tried.add(name + " (" + notThere.getClass().getSimpleName() + ")");
                continue;
            }
            for (String prefix : PREFIXES) {
                try (Connection db = candidate.getConnection();
                        PreparedStatement probe = db.prepareStatement(
                                "SELECT COUNT(*) FROM " + prefix + "JOBINSTANCEDATA WHERE jobinstanceid < 0");
                        ResultSet row = probe.executeQuery()) {
                    row.next();
                    LOG.info(() -> "Batch job repository found in " + name + ", tables " + prefix + "*");
                    Repository found = new Repository(candidate, prefix);
                    repository = found;
                    return Optional.of(found);
                } catch (SQLException noSuchTable) {
                    tried.add(name + "/" + prefix + "* (" + noSuchTable.getSQLState() + ")");
                }
            }
        }
        LOG.fine(() -> "No batch job repository yet; tried " + tried);
        return Optional.empty();
    }
}
