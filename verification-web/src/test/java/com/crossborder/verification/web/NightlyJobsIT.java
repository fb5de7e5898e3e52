package com.crossborder.verification.web;

import static com.crossborder.verification.web.WalkingSkeletonIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The nightly jobs started through the admin API on data prepared through the API (and aged in the database). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NightlyJobsIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @ArquillianResource
    URL deployment;

    private Api api() {
        return new Api(deployment);
    }

    private OnlineFlow flow() {
        return new OnlineFlow(deployment);
    }

    private static String residentId() {
        return Applicants.residentId(LocalDate.of(1990, 3, 7));
    }

    private JsonObject run(String admin, String jobName) throws InterruptedException {
        return Jobs.run(api(), admin, jobName);
    }

    private JsonObject waitFor(String admin, long id) throws InterruptedException {
        return Jobs.awaitEnd(api(), admin, id);
    }

    private String status(OnlineFlow.Ready ready) {
        return api().get("api/v1/applications/" + ready.applicationId(), ready.token())
                .expect(200)
                .json()
                .getString("status");
    }

    private long actions(String admin, String applicationId, String action) {
        return api().get("api/v1/admin/audit?objectId=" + applicationId + "&action=" + action, admin)
                .expect(200)
                .json()
                .getJsonNumber("total")
                .longValue();
    }

    @Test
    void pendingReviewRejectsHardFailuresQueuesTheRestEscalatesOnceAndChangesNothingOnASecondRun() throws Exception {
        String admin = api().adminToken();
        OnlineFlow.Ready clean = flow().submitted(residentId(), "2036-03-07");
        OnlineFlow.Ready expired = flow().submitted(residentId(), "2036-03-07");
        OnlineFlow.Ready dark = flow().submitted(residentId(), "2036-03-07");
        OnlineFlow.Ready darkBeforeV8 = flow().submitted(residentId(), "2036-03-07");
        ItRecords.documentExpiresOn(expired.applicationId(), TODAY.minusDays(1));
        // A face photo that no longer meets the rules, and a second open application for the clean one's card.
        ItRecords.photoMeasuredUnderexposed(dark.applicationId(), "FACE");
        // Rows stored before clipping and contrast were measured are judged by the brightness band they passed.
        ItRecords.photoMeasuredBeforeExposureChecks(clean.applicationId(), "FACE", 128);
        ItRecords.photoMeasuredBeforeExposureChecks(darkBeforeV8.applicationId(), "ID_BACK", 30);
        String duplicate = ItRecords.duplicateSubmittedLater(clean.applicationId());

        JsonObject first = run(admin, "pending-review");
        JsonObject outcomes = first.getJsonArray("steps").getJsonObject(0).getJsonObject("outcomes");
        assertTrue(outcomes.getInt("REJECTED") >= 3 && outcomes.getInt("QUEUED") >= 1, first::toString);
        assertEquals("IN_REVIEW", status(clean));
        assertEquals("REJECTED", status(expired));
        JsonObject refused = api().get("api/v1/applications/" + expired.applicationId(), expired.token())
                .expect(200)
                .json();
        assertEquals(
                "DOCUMENT_EXPIRED",
                refused.getJsonArray("reasons").getJsonObject(0).getString("code"));
        assertEquals(
                "PHOTO_UNCLEAR",
                api().get("api/v1/applications/" + dark.applicationId(), dark.token())
                        .expect(200)
                        .json()
                        .getJsonArray("reasons")
                        .getJsonObject(0)
                        .getString("code"));
        assertEquals(
                "PHOTO_UNCLEAR",
                api().get("api/v1/applications/" + darkBeforeV8.applicationId(), darkBeforeV8.token())
                        .expect(200)
                        .json()
                        .getJsonArray("reasons")
                        .getJsonObject(0)
                        .getString("code"));
        JsonObject second = api().get("api/v1/applications/" + duplicate, clean.token())
                .expect(200)
                .json();
        assertEquals("REJECTED", second.getString("status"), second::toString);
        assertEquals(
                "DUPLICATE_APPLICATION",
                second.getJsonArray("reasons").getJsonObject(0).getString("code"),
                second::toString);
        assertEquals(
                "APPLICATION_REJECTED", ItDatabase.lastSmsTo(expired.phone()).template());
        int messages = ItDatabase.smsTo(expired.phone()).size();

        ItRecords.deadlinePassedHoursAgo(clean.applicationId(), 1);
        run(admin, "pending-review");
        run(admin, "pending-review");
        assertEquals("IN_REVIEW", status(clean));
        assertEquals("REJECTED", status(expired));
        assertEquals(messages, ItDatabase.smsTo(expired.phone()).size(), "no notice twice");
        assertEquals(1, actions(admin, clean.applicationId(), "APPLICATION_ESCALATED"), "escalated once");
        assertEquals(1, actions(admin, expired.applicationId(), "APPLICATION_REJECTED"));
    }

    @Test
    void expiredIdRejectionRefusesOpenApplicationsWarnsOnceAndAsksExpiredCardsToReverify() throws Exception {
        String admin = api().adminToken();
        String reviewer = flow().reviewer(admin);
        OnlineFlow.Ready verified = flow().submitted(residentId(), "2036-03-07");
        api().post("api/v1/review/applications/" + verified.applicationId() + "/claim", "", reviewer)
                .expect(200);
        api().post(
                        "api/v1/review/applications/" + verified.applicationId() + "/decision",
                        "{\"decision\":\"APPROVE\"}",
                        reviewer)
                .expect(200);
        OnlineFlow.Ready draft = flow().readyToSubmit(residentId(), "2036-03-07");
        ItRecords.documentExpiresOn(verified.applicationId(), TODAY.plusDays(5));
        ItRecords.documentExpiresOn(draft.applicationId(), TODAY.minusDays(1));

        run(admin, "expired-id-rejection");
        run(admin, "expired-id-rejection");
        assertEquals(
                1,
                ItDatabase.smsTo(verified.phone()).stream()
                        .filter(s -> s.template().equals("EXPIRY_WARNING"))
                        .count(),
                "warned once");
        assertEquals("REJECTED", status(draft));
        assertEquals(
                "VERIFIED",
                api().get("api/v1/cards", verified.token())
                        .expect(200)
                        .jsonValue()
                        .asJsonArray()
                        .getJsonObject(0)
                        .getString("verificationStatus"));

        ItRecords.documentExpiresOn(verified.applicationId(), TODAY.minusDays(1));
        run(admin, "expired-id-rejection");
        assertEquals(
                "REVERIFICATION_REQUIRED",
                api().get("api/v1/cards", verified.token())
                        .expect(200)
                        .jsonValue()
                        .asJsonArray()
                        .getJsonObject(0)
                        .getString("verificationStatus"));
        assertEquals(
                "REVERIFICATION_REQUIRED",
                ItDatabase.lastSmsTo(verified.phone()).template());
    }

    @Test
    void aRunThatFailsMidwayIsRestartedFromItsCheckpointAndHandlesEveryApplicationExactlyOnce() throws Exception {
        String admin = api().adminToken();
        List<OnlineFlow.Ready> submitted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            submitted.add(flow().submitted(residentId(), "2036-03-07"));
        }
        OnlineFlow.Ready expired = submitted.get(0);
        ItRecords.documentExpiresOn(expired.applicationId(), TODAY.minusDays(1));

        long failed = api().post(
                        "api/v1/admin/jobs/pending-review/executions?chunkSize=2&partitions=1&failAfter=3", "", admin)
                .expect(202)
                .json()
                .getJsonNumber("executionId")
                .longValue();
        JsonObject drill = waitFor(admin, failed);
        assertEquals("FAILED", drill.getString("status"), drill::toString);
        assertTrue(
                drill.getJsonArray("steps")
                                .getJsonObject(0)
                                .getJsonObject("metrics")
                                .getInt("COMMIT_COUNT")
                        >= 1,
                drill::toString);

        long restarted = api().post("api/v1/admin/jobs/executions/" + failed + "/restart", "", admin)
                .expect(202)
                .json()
                .getJsonNumber("executionId")
                .longValue();
        assertEquals("COMPLETED", waitFor(admin, restarted).getString("status"));
        for (OnlineFlow.Ready ready : submitted) {
            String action = ready == expired ? "APPLICATION_REJECTED" : "APPLICATION_QUEUED";
            assertEquals(1, actions(admin, ready.applicationId(), action), "handled once: " + ready.applicationId());
            assertEquals(ready == expired ? "REJECTED" : "IN_REVIEW", status(ready));
        }
        assertEquals(
                1,
                ItDatabase.smsTo(expired.phone()).stream()
                        .filter(sms -> sms.template().equals("APPLICATION_REJECTED"))
                        .count(),
                "told once");
        // The job's runs, newest first, each with its report: the restart, then the drill it resumed.
        List<JsonObject> runs = api().get("api/v1/admin/jobs/pending-review/executions?size=50", admin)
                .expect(200)
                .jsonValue()
                .asJsonArray()
                .getValuesAs(JsonObject.class);
        List<Long> ids = runs.stream()
                .map(run -> run.getJsonNumber("executionId").longValue())
                .toList();
        assertEquals(ids.stream().sorted(Comparator.reverseOrder()).toList(), ids);
        assertTrue(ids.contains(restarted) && ids.indexOf(restarted) < ids.indexOf(failed), ids::toString);
        assertEquals("FAILED", runs.get(ids.indexOf(failed)).getString("status"));
        assertEquals(
                "screen",
                runs.get(ids.indexOf(restarted))
                        .getJsonArray("steps")
                        .getJsonObject(0)
                        .getString("stepName"));
        assertEquals(
                1,
                api().get("api/v1/admin/jobs/pending-review/executions?size=1", admin)
                        .expect(200)
                        .jsonValue()
                        .asJsonArray()
                        .size());
        assertProblem(
                api().get("api/v1/admin/jobs/no-such-job/executions", admin).expect(404), 404, "JOB_NOT_FOUND");
        assertProblem(
                api().get("api/v1/admin/jobs/pending-review/executions?size=0", admin)
                        .expect(422),
                422,
                "INVALID_QUERY_PARAMETER");
        assertTrue(api().get("api/v1/admin/jobs", admin).expect(200).body().contains("\"nightlyAt\":\"02:00\""));
        assertProblem(
                api().post("api/v1/admin/jobs/pending-review/executions?failAfter=abc", "", admin)
                        .expect(422),
                422,
                "INVALID_QUERY_PARAMETER");
        assertProblem(
                api().post("api/v1/admin/jobs/pending-review/executions?partitions=17", "", admin)
                        .expect(422),
                422,
                "INVALID_QUERY_PARAMETER");
    }

    @Test
    void aPartitionedRunStoppedWhileRunningIsRestartedAndScreensEveryApplicationOnce() throws Exception {
        String admin = api().adminToken();
        String marker = "seeded-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        int seeded = ItRecords.seedSubmitted(1200, marker, TODAY.plusYears(3));
        try {
            long started = api().post("api/v1/admin/jobs/pending-review/executions?chunkSize=4&partitions=3", "", admin)
                    .expect(202)
                    .json()
                    .getJsonNumber("executionId")
                    .longValue();
            assertProblem(
                    api().post("api/v1/admin/jobs/pending-review/executions", "", admin)
                            .expect(409),
                    409,
                    "JOB_ALREADY_RUNNING");
            api().post("api/v1/admin/jobs/executions/" + started + "/stop", "", admin)
                    .expect(202);
            JsonObject stopped = waitFor(admin, started);
            assertEquals("STOPPED", stopped.getString("status"), stopped::toString);
            assertTrue(ItRecords.seededInReview(marker) < seeded, "stopped before the end");

            long restarted = api().post("api/v1/admin/jobs/executions/" + started + "/restart", "", admin)
                    .expect(202)
                    .json()
                    .getJsonNumber("executionId")
                    .longValue();
            JsonObject finished = waitFor(admin, restarted);
            assertEquals("COMPLETED", finished.getString("status"), finished::toString);
            assertEquals(seeded, ItRecords.seededInReview(marker), "every application screened");
            assertEquals(seeded, ItRecords.seededQueuings(marker), "each queued exactly once");
        } finally {
            ItRecords.removeSeeded(marker);
        }
    }

    @Test
    void retentionPurgeDeletesImagesAfterThePeriodExceptUnderLegalHold() throws Exception {
        String admin = api().adminToken();
        String reviewer = flow().reviewer(admin);
        OnlineFlow.Ready old = flow().submitted(residentId(), "2036-03-07");
        OnlineFlow.Ready held = flow().submitted(residentId(), "2036-03-07");
        for (OnlineFlow.Ready ready : List.of(old, held)) {
            api().post("api/v1/review/applications/" + ready.applicationId() + "/claim", "", reviewer)
                    .expect(200);
            api().post(
                            "api/v1/review/applications/" + ready.applicationId() + "/decision",
                            "{\"decision\":\"REJECT\",\"reasonCode\":\"PHOTO_UNCLEAR\"}",
                            reviewer)
                    .expect(200);
            ItRecords.decidedDaysAgo(ready.applicationId(), 181);
        }
        String hold = "api/v1/admin/applications/" + held.applicationId() + "/legal-hold";
        for (String notABoolean : List.of("{\"hold\":\"yes\"}", "{\"hold\":\"true\"}", "{\"hold\":1}")) {
            assertProblem(
                    api().send("PUT", hold, notABoolean, "application/json", admin, Map.of())
                            .expect(422),
                    422,
                    "FIELD_INVALID");
        }
        assertProblem(
                api().send("PUT", hold, "{}", "application/json", admin, Map.of())
                        .expect(422),
                422,
                "FIELD_REQUIRED");
        assertProblem(
                api().send("PUT", hold, "[true]", "application/json", admin, Map.of())
                        .expect(400),
                400,
                "MALFORMED_JSON");
        api().send("PUT", hold, "{\"hold\":true}", "application/json", admin, Map.of())
                .expect(200);

        JsonObject purge = run(admin, "retention-purge");
        assertTrue(outcome(purge, "purge", "PURGED") >= 1, purge::toString);
        assertEquals(0, ItRecords.photosKept(old.applicationId()));
        assertEquals(3, ItRecords.photosKept(held.applicationId()));
        assertEquals(1, actions(admin, old.applicationId(), "IMAGES_PURGED"));
        run(admin, "retention-purge");
        assertEquals(1, actions(admin, old.applicationId(), "IMAGES_PURGED"), "purged once");
    }

    /** How often a step of a run reported an outcome (0 when never). */
    private static int outcome(JsonObject run, String step, String outcome) {
        return run.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .filter(view -> view.getString("stepName").equals(step))
                .mapToInt(view -> view.getJsonObject("outcomes").getInt(outcome, 0))
                .sum();
    }

    @Test
    void retentionPurgeExpiresAbandonedDraftsWithAnSmsAndDeletesUnattachedScansAndOldIdentities() throws Exception {
        String admin = api().adminToken();
        OnlineFlow.Ready abandoned = flow().readyToSubmit(residentId(), "2036-03-07");
        OnlineFlow.Ready held = flow().readyToSubmit(residentId(), "2036-03-07");
        OnlineFlow.Ready recent = flow().readyToSubmit(residentId(), "2036-03-07");
        api().send(
                        "PUT",
                        "api/v1/admin/applications/" + held.applicationId() + "/legal-hold",
                        "{\"hold\":true}",
                        "application/json",
                        admin,
                        Map.of())
                .expect(200);
        ItRecords.untouchedDaysAgo(abandoned.applicationId(), 31);
        ItRecords.untouchedDaysAgo(held.applicationId(), 31);
        ItRecords.untouchedDaysAgo(recent.applicationId(), 29);
        String oldScan = ItRecords.unattachedScanTakenHoursAgo(25);
        String freshScan = ItRecords.unattachedScanTakenHoursAgo(1);

        JsonObject purge = run(admin, "retention-purge");
        assertTrue(outcome(purge, "expire", "EXPIRED") >= 1, purge::toString);
        assertTrue(outcome(purge, "orphan-scans", "PURGED") >= 1, purge::toString);
        assertEquals("EXPIRED", status(abandoned));
        assertEquals(0, ItRecords.photosKept(abandoned.applicationId()));
        assertEquals(1, actions(admin, abandoned.applicationId(), "APPLICATION_EXPIRED"));
        ItDatabase.Sms told = ItDatabase.lastSmsTo(abandoned.phone());
        assertEquals("APPLICATION_EXPIRED", told.template());
        assertTrue(told.text().contains("30"), told::text);
        // held under legal hold, or touched recently: left alone
        assertEquals("DRAFT", status(held));
        assertEquals(3, ItRecords.photosKept(held.applicationId()));
        assertEquals("DRAFT", status(recent));
        assertEquals(3, ItRecords.photosKept(recent.applicationId()));
        for (OnlineFlow.Ready untouched : List.of(held, recent)) {
            assertTrue(
                    ItDatabase.smsTo(untouched.phone()).stream()
                            .noneMatch(sms -> sms.template().equals("APPLICATION_EXPIRED")),
                    "no expiry notice");
        }
        assertEquals(0, ItRecords.scanKept(oldScan));
        assertEquals(1, ItRecords.scanKept(freshScan));
        // Its bytes are a placeholder, no ciphertext: gone before the key rotation reads every column.
        ItDatabase.update("DELETE FROM outlet_scan WHERE id = ?", freshScan);
        // the expired draft can no longer be worked on
        api().post(
                        "api/v1/applications/" + abandoned.applicationId() + "/submit",
                        OnlineFlow.consent(),
                        abandoned.token())
                .expect(409);

        // a second run changes nothing; past the retention period the declared identity goes too, except under hold
        int messages = ItDatabase.smsTo(abandoned.phone()).size();
        assertEquals(1, ItRecords.identityKept(abandoned.applicationId()));
        ItRecords.decidedDaysAgo(abandoned.applicationId(), 181);
        JsonObject again = run(admin, "retention-purge");
        assertEquals(0, ItRecords.identityKept(abandoned.applicationId()), again::toString);
        assertEquals(1, ItRecords.identityKept(held.applicationId()));
        assertEquals(messages, ItDatabase.smsTo(abandoned.phone()).size(), "told once");
        assertEquals(1, actions(admin, abandoned.applicationId(), "APPLICATION_EXPIRED"));
        assertEquals("DRAFT", status(held));
    }

    @Test
    void aJobLeasedByAnotherNodeIsNotStartedHereUntilTheLeaseIsGone() throws Exception {
        String admin = api().adminToken();
        ItRecords.leaseHeldBy(
                "expired-id-rejection", "other-node", Instant.now().plusSeconds(3600));
        try {
            assertProblem(
                    api().post("api/v1/admin/jobs/expired-id-rejection/executions", "", admin)
                            .expect(409),
                    409,
                    "JOB_ALREADY_RUNNING");
        } finally {
            ItRecords.leaseGivenBack("expired-id-rejection", "other-node");
        }
        run(admin, "expired-id-rejection");
        ItRecords.leaseHeldBy(
                "expired-id-rejection", "crashed-node", Instant.now().minusSeconds(60));
        run(admin, "expired-id-rejection");
    }

    @Test
    void operatorsWatchTheBusinessOnMetricsAndReadinessDegradesWithAnOldSmsBacklog() throws Exception {
        String admin = api().adminToken();
        OnlineFlow.Ready submitted = flow().submitted(residentId(), "2036-03-07");
        run(admin, "pending-review");
        assertEquals("IN_REVIEW", status(submitted));

        // The figures are read from the database every 15 seconds: wait for a reading that includes this run.
        String metrics =
                api().get("/metrics?scope=application", null).expect(200).body();
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(45);
                metric(metrics, "verification_queue_depth", "queue=\"review\"") < 1 && System.nanoTime() < deadline; ) {
            Thread.sleep(1_000);
            metrics = api().get("/metrics?scope=application", null).expect(200).body();
        }
        for (String name : List.of(
                "verification_applications_submitted",
                "verification_applications_decided",
                "verification_queue_depth",
                "verification_sla_breaches",
                "verification_sms_messages",
                "verification_sms_oldest_pending_seconds",
                "verification_job_runs_recovered")) {
            assertTrue(metrics.contains(name), name + " in " + metrics);
        }
        assertTrue(metric(metrics, "verification_job_items_processed", "job=\"pending-review\"") >= 1, metrics);
        assertTrue(metric(metrics, "verification_applications_submitted", "channel=\"ONLINE\"") >= 1, metrics);
        assertTrue(metric(metrics, "verification_queue_depth", "queue=\"review\"") >= 1, metrics);

        JsonObject ready = api().get("/health/ready", null).expect(200).json();
        assertTrue(
                ready.toString().contains("\"sms-outbox\"") && ready.toString().contains("\"smpp-bind\""),
                ready::toString);

        // A message waiting for an hour (not due yet, so no dispatcher takes it meanwhile): the gateway is far behind.
        String stale = UUID.randomUUID().toString();
        ItDatabase.update(
                "INSERT INTO sms_outbox (id, template, phone_encrypted, phone_masked, text_encrypted, status, attempts, "
                        + "parts, parts_delivered, created_at, next_attempt_at, uncertain_sends, version) VALUES "
                        + "(?, 'PASSWORD_CHANGED', ?, '139****0000', ?, 'PENDING', 0, 0, 0, ?, ?, 0, 0)",
                stale,
                new byte[] {1},
                new byte[] {2},
                OffsetDateTime.now(ZoneOffset.UTC).minusHours(1),
                OffsetDateTime.now(ZoneOffset.UTC).plusHours(1));
        try {
            Api.Answer degraded = api().get("/health/ready", null).expect(503);
            assertTrue(degraded.body().contains("sms-outbox"), degraded::body);
            assertTrue(degraded.body().contains("oldestPendingSeconds"), degraded::body);
        } finally {
            // Gone again: its bytes are no ciphertext, which the key rotation would rightly refuse to read.
            ItDatabase.update("DELETE FROM sms_outbox WHERE id = ?", stale);
        }
        api().get("/health/ready", null).expect(200);
    }

    /** The value of the first line of {@code name} whose tags contain {@code tag}. */
    private static double metric(String metrics, String name, String tag) {
        return metrics.lines()
                .filter(line -> line.startsWith(name + "{") && line.contains(tag))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " with " + tag + " in " + metrics));
    }
}
