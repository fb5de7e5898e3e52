package com.crossborder.verification.batch.job;

import com.crossborder.verification.audit.usecase.AuditLog;
import com.crossborder.verification.job.usecase.JobLeasing;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starting, watching, stopping and restarting the nightly jobs, for operators and the scheduler alike.
 * Not transactional itself: the batch runtime keeps its job repository in its own transactions.
 */
@ApplicationScoped
public class JobControl {

    /**
     * One run of a job as an operator sees it, with its report: what each step did, how long, how fast; while it runs
     * on this node, {@code itemsSoFar} counts the items written (the steps' metrics arrive only as each step ends).
     * {@code recoveredFrom} names the run whose node died and that this run resumed by itself (exit status
     * {@code HOLDER_DIED} there).
     */
    public record ExecutionView(
            long executionId,
            String jobName,
            String status,
            String exitStatus,
            Instant createdAt,
            Instant startedAt,
            Instant endedAt,
            Double durationSeconds,
            Long itemsSoFar,
            List<StepView> steps,
            Long recoveredFrom) {}

    /** One step of a run: its counters (read, written, committed, …), outcomes counted, duration and throughput. */
    public record StepView(
            String stepName,
            String status,
            String exitStatus,
            Instant startedAt,
            Instant endedAt,
            Map<String, Long> metrics,
            Map<String, Long> outcomes,
            Double durationSeconds,
            Double itemsPerSecond,
            List<BadLine> badLines) {}

    /** A line of an imported card file that was not applied, and why. */
    public record BadLine(String source, int line, String problem) {}

    @Inject
    AuditLog audit;

    @Inject
    JobLeasing lease;

    @Inject
    PartitionBounds bounds;

    @Inject
    RunProgress progress;

    private static final Logger LOG = Logger.getLogger(JobControl.class.getName());

    /** The restart parameter naming the run a recovery resumed. */
    static final String RECOVERED_FROM = "recoveredFrom";

    private static final Set<String> RUN_PARAMETERS = Set.of("chunkSize", "failAfter", "partitions");

    private final JobOperator operator = BatchRuntime.getJobOperator();

    /** Runs started or restarted by this process: alive as long as it is, whatever the repository says. */
    private final Set<Long> startedHere = ConcurrentHashMap.newKeySet();

    /** Runs that looked dead on the last beat. */
    private final Set<Long> suspects = new HashSet<>();

    /** Starts the job now; refused when it is unknown or already running. */
    public long start(String jobName, Actor actor) {
        return start(jobName, actor, Map.of());
    }

    /**
     * Starts the job with run parameters: {@code chunkSize} (items per transaction), {@code partitions} (threads
     * screening side by side, 1 to 16; pending-review only) and {@code failAfter} (a drill: the run fails after that
     * many items, in each partition, to rehearse a restart from the checkpoint).
     */
    public synchronized long start(String jobName, Actor actor, Map<String, String> parameters) {
        Properties properties = new Properties();
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            if ("files".equals(parameter.getKey()) && parameter.getValue().matches("[0-9a-f-]{36}(,[0-9a-f-]{36})*")) {
                properties.setProperty("files", parameter.getValue());
                continue;
            }
            if (!RUN_PARAMETERS.contains(parameter.getKey())
                    || !parameter.getValue().matches("[1-9][0-9]{0,6}")
                    || "partitions".equals(parameter.getKey())
                            && Integer.parseInt(parameter.getValue()) > IdRangePartitions.MAX_PARTITIONS) {
                throw Rejection.onField(parameter.getKey(), Reason.INVALID_QUERY_PARAMETER);
            }
            properties.setProperty(parameter.getKey(), parameter.getValue());
        }
        NightlyJob job = NightlyJob.named(jobName).orElseThrow(() -> Rejection.notFound(Reason.JOB_NOT_FOUND));
        if (isRunning(job) || !lease.acquire(job.jobName())) {
            throw Rejection.stateConflict(Reason.JOB_ALREADY_RUNNING);
        }
        String given = properties.toString();
        long executionId;
        try {
            if (job.partitioned()) {
                properties.setProperty(
                        "bounds", bounds.measure(IdRangePartitions.count(properties.getProperty("partitions"))));
            }
            executionId = operator.start(job.jobName(), properties);
            startedHere.add(executionId);
        } catch (RuntimeException notStarted) {
            lease.release(job.jobName());
            throw notStarted;
        }
        audit.recordOperation(
                actor, "JOB_STARTED", "JobExecution", Long.toString(executionId), "job=" + job.jobName() + " " + given);
        return executionId;
    }

    public ExecutionView execution(long executionId) {
        JobExecution execution = find(executionId);
        List<StepView> steps = operator.getStepExecutions(executionId).stream()
                .map(JobControl::step)
                .toList();
        return new ExecutionView(
                execution.getExecutionId(),
                execution.getJobName(),
                execution.getBatchStatus().name(),
                execution.getExitStatus(),
                instant(execution.getCreateTime()),
                instant(execution.getStartTime()),
                instant(execution.getEndTime()),
                seconds(execution.getStartTime(), execution.getEndTime()),
                running(execution) ? progress.of(executionId).orElse(0) : null,
                steps,
                recoveredFrom(execution.getJobParameters()));
    }

    /**
     * The job's latest runs, newest first, each with its report: up to {@code limit} executions, restarts included
     * (a restart is a new execution of the same instance).
     */
    public List<ExecutionView> executions(String jobName, int limit) {
        NightlyJob job = NightlyJob.named(jobName).orElseThrow(() -> Rejection.notFound(Reason.JOB_NOT_FOUND));
        List<JobInstance> instances;
        try {
            instances = operator.getJobInstances(job.jobName(), 0, limit);
        } catch (NoSuchJobException neverRun) {
            return List.of();
        }
        return instances.stream()
                .flatMap(instance -> operator.getJobExecutions(instance).stream())
                .map(JobExecution::getExecutionId)
                .sorted(Comparator.reverseOrder())
                .limit(limit)
                .map(this::execution)
                .toList();
    }

    public void stop(long executionId, Actor actor) {
        find(executionId);
        try {
            operator.stop(executionId);
        } catch (JobExecutionNotRunningException notRunning) {
            throw Rejection.stateConflict(Reason.JOB_NOT_RUNNING);
        }
        audit.recordOperation(actor, "JOB_STOPPED", "JobExecution", Long.toString(executionId), "");
    }

    /** Restarts a stopped or failed run from its last checkpoint; returns the new execution's id. */
    public long restart(long executionId, Actor actor) {
        return restart(executionId, actor, false);
    }

    private synchronized long restart(long executionId, Actor actor, boolean recovery) {
        JobExecution execution = find(executionId);
        NightlyJob job =
                NightlyJob.named(execution.getJobName()).orElseThrow(() -> Rejection.notFound(Reason.JOB_NOT_FOUND));
        afterPartitionsEnded(executionId);
        if (isRunning(job) || !lease.acquire(job.jobName())) {
            throw Rejection.stateConflict(Reason.JOB_ALREADY_RUNNING);
        }
        long restarted;
        try {
            Properties parameters = carriedOver(execution.getJobParameters());
            if (recovery) {
                parameters.setProperty(RECOVERED_FROM, Long.toString(executionId));
            }
            if (JobLeasing.HOLDER_DIED.equals(execution.getExitStatus())) {
                // The dead process never recorded how many partitions its step had (the batch runtime writes that
                // as the step ends), so the runtime cannot resume them: the partitions start again over the same id
                // ranges, and read only what is still SUBMITTED, which comes to the same.
                parameters.setProperty(IdRangePartitions.FRESH, "true");
            }
            restarted = operator.restart(executionId, parameters);
            startedHere.add(restarted);
        } catch (JobRestartException
                | JobExecutionAlreadyCompleteException
                | JobExecutionNotMostRecentException notRestartable) {
            lease.release(job.jobName());
            throw Rejection.stateConflict(Reason.JOB_NOT_RESTARTABLE);
        }
        audit.recordOperation(
                actor,
                recovery ? "JOB_RECOVERED" : "JOB_RESTARTED",
                "JobExecution",
                Long.toString(restarted),
                "from=" + executionId);
        return restarted;
    }

    /**
     * How long a restart waits for the partitions of a stopped run to end. A partition that had not begun when its run
     * was stopped is recorded as ended, and lets go of its job instance in the batch runtime, only once its thread gets
     * to run; a restart before that fails at once ("another execution with this instanceId is already currently
     * executing").
     */
    private static final long PARTITIONS_WAIT_MILLIS = 30_000;

    /** After the last partition is recorded as ended, the moment its thread takes to let go of its instance. */
    private static final long LET_GO_MILLIS = 500;

    private void afterPartitionsEnded(long executionId) {
        long deadline = System.currentTimeMillis() + PARTITIONS_WAIT_MILLIS;
        try {
            boolean waited = false;
            while (lease.partitionsRunning(executionId)) {
                if (System.currentTimeMillis() > deadline) {
                    throw Rejection.stateConflict(Reason.JOB_ALREADY_RUNNING);
                }
                waited = true;
                Thread.sleep(200);
            }
            if (waited) {
                Thread.sleep(LET_GO_MILLIS);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The heartbeat, every {@code verification.jobs.heartbeat} on every node: renews the lease of each job this
     * process runs, so that it lapses only once the process is gone.
     */
    public void heartbeat() {
        for (NightlyJob job : NightlyJob.values()) {
            boolean runsHere = runningIds(job).stream().anyMatch(startedHere::contains);
            if (runsHere && !lease.renew(job.jobName())) {
                LOG.warning(() -> "Lease on " + job.jobName() + " taken by another node while it runs here");
            }
        }
        startedHere.removeIf(id -> !running(operator.getJobExecution(id)));
    }

    /**
     * Recovery, on the same beat: a run the job repository calls running (read from its tables: the runtime's
     * {@code getRunningExecutions} names only this process's runs) that this process did not start, of a job
     * whose lease no live node holds, belonged to a process that died. It is marked FAILED ({@code HOLDER_DIED}) so
     * that the API tells the truth, and the latest such run is restarted (from its checkpoints, or fresh partitions), its report naming the
     * run it recovered ({@code recoveredFrom}). Returns the new executions.
     */
    public synchronized List<Long> recoverDeadRuns() {
        List<Long> recovered = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (NightlyJob job : NightlyJob.values()) {
            // From the repository itself: the runtime's getRunningExecutions lists only the runs of this process.
            List<Long> running = lease.runningAnywhere(job.jobName());
            List<Long> orphans = running.stream()
                    .filter(id -> !startedHere.contains(id))
                    .sorted()
                    .toList();
            boolean held = !orphans.isEmpty() && lease.held(job.jobName());
            Level level = orphans.isEmpty() ? Level.FINE : Level.INFO;
            LOG.log(
                    level,
                    () -> "Job watch, " + job.jobName() + ": " + running.size() + " run(s) running in the "
                            + "repository, " + orphans.size() + " not started here " + orphans
                            + (orphans.isEmpty() ? "" : held ? ", lease held by a live node" : ", lease lapsed"));
            if (orphans.isEmpty() || held) {
                continue;
            }
            seen.addAll(orphans);
            // Seen on two beats in a row: a run of another node that was just ending (its lease given back, its
            // status not yet written) is not taken for dead.
            List<Long> dead = orphans.stream().filter(suspects::contains).toList();
            if (dead.isEmpty()) {
                continue;
            }
            dead.forEach(lease::markHolderDied);
            long last = dead.get(dead.size() - 1);
            audit.recordOperation(
                    Actor.system("recovery"),
                    "JOB_HOLDER_DIED",
                    "JobExecution",
                    Long.toString(last),
                    "job=" + job.jobName());
            try {
                long restarted = restart(last, Actor.system("recovery"), true);
                LOG.warning(() -> "Run " + last + " of " + job.jobName() + " lost its node; restarted as " + restarted);
                recovered.add(restarted);
            } catch (Rejection notNow) {
                LOG.warning(() ->
                        "Run " + last + " of " + job.jobName() + " lost its node; not restarted: " + notNow.code());
            }
        }
        suspects.clear();
        suspects.addAll(seen);
        return recovered;
    }

    private List<Long> runningIds(NightlyJob job) {
        try {
            return List.copyOf(operator.getRunningExecutions(job.jobName()));
        } catch (NoSuchJobException neverRun) {
            return List.of();
        }
    }

    private static Long recoveredFrom(Properties parameters) {
        String from = parameters == null ? null : parameters.getProperty(RECOVERED_FROM);
        return from == null ? null : Long.valueOf(from);
    }

    /**
     * What a restart keeps of the run it resumes: the chunk size and, above all, the partitions and their bounds,
     * since each partition's checkpoint belongs to its id range; not a restart drill's planned failure.
     */
    private static Properties carriedOver(Properties original) {
        Properties kept = new Properties();
        for (String name : List.of("chunkSize", "partitions", "bounds", "files")) {
            if (original != null && original.getProperty(name) != null) {
                kept.setProperty(name, original.getProperty(name));
            }
        }
        return kept;
    }

    private static boolean running(JobExecution execution) {
        return switch (execution.getBatchStatus()) {
            case STARTING, STARTED, STOPPING -> true;
            default -> false;
        };
    }

    private boolean isRunning(NightlyJob job) {
        try {
            return !operator.getRunningExecutions(job.jobName()).isEmpty();
        } catch (NoSuchJobException neverRun) {
            return false;
        }
    }

    private JobExecution find(long executionId) {
        try {
            JobExecution execution = operator.getJobExecution(executionId);
            if (execution == null || NightlyJob.named(execution.getJobName()).isEmpty()) {
                throw Rejection.notFound(Reason.JOB_EXECUTION_NOT_FOUND);
            }
            return execution;
        } catch (NoSuchJobExecutionException unknown) {
            throw Rejection.notFound(Reason.JOB_EXECUTION_NOT_FOUND);
        }
    }

    private static StepView step(StepExecution step) {
        Map<String, Long> metrics = new LinkedHashMap<>();
        Arrays.stream(step.getMetrics() == null ? new Metric[0] : step.getMetrics())
                .forEach(metric -> metrics.put(metric.getType().name(), metric.getValue()));
        Double seconds = seconds(step.getStartTime(), step.getEndTime());
        Long read = metrics.get("READ_COUNT");
        Double perSecond =
                seconds == null || read == null || seconds == 0 ? null : Math.round(read / seconds * 10) / 10.0;
        return new StepView(
                step.getStepName(),
                step.getBatchStatus().name(),
                step.getExitStatus(),
                instant(step.getStartTime()),
                instant(step.getEndTime()),
                metrics,
                StepReport.outcomes(step.getPersistentUserData()),
                seconds,
                perSecond,
                StepReport.badLines(step.getPersistentUserData()).stream()
                        .map(bad -> new BadLine(bad.source(), bad.line(), bad.problem()))
                        .toList());
    }

    private static Double seconds(Date start, Date end) {
        return start == null || end == null ? null : (end.getTime() - start.getTime()) / 1000.0;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
