package com.crossborder.verification.web;

import static com.crossborder.verification.web.WalkingSkeletonIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
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

    private static final SecureRandom RANDOM = new SecureRandom();
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

    private static void sql(String statement, Object... parameters) throws Exception {
        ItDatabase.update(statement, parameters);
    }

    private JsonObject run(String admin, String jobName) throws InterruptedException {
        return Jobs.run(api(), admin, jobName);
    }

    private JsonObject waitFor(String admin, long id) throws InterruptedException {
        return Jobs.awaitEnd(api(), admin, id);
    }

    private String status(OnlineFlow.Ready ready) {
        return api().get("api/v1/applications/" + ready.applicationId(), ready.token()).expect(200).json().getString("status");
    }

    private long actions(String admin, String applicationId, String action) {
        return api().get("api/v1/admin/audit?objectId=" + applicationId + "&action=" + action, admin).expect(200).json()
                .getJsonNumber("total").longValue();
    }

    @Test
    void pendingReviewRejectsHardFailuresQueuesTheRestEscalatesOnceAndChangesNothingOnASecondRun() throws Exception {
        String admin = api().adminToken();
        OnlineFlow.Ready clean = flow().submitted(residentId(), "2036-03-07");
        OnlineFlow.Ready expired = flow().submitted(residentId(), "2036-03-07");
        OnlineFlow.Ready dark = flow().submitted(residentId(), "2036-03-07");
        sql("UPDATE application_identity SET expiry_date = ? WHERE application_id = ?", TODAY.minusDays(1), expired.applicationId());
        // A face photo that no longer meets the rules, and a second open application for the clean one's card.
        sql("UPDATE application_photo SET brightness = ? WHERE application_id = ? AND kind = ?", 12.0, dark.applicationId(), "FACE");
        String duplicate = java.util.UUID.randomUUID().toString();
        sql("INSERT INTO application (id, card_number, applicant_id, status, created_at, submitted_at, sla_deadline, version, card_id, "
                + "reupload_rounds) SELECT ?, card_number, applicant_id, status, created_at, ?, sla_deadline, 0, card_id, 0 "
                + "FROM application WHERE id = ?", duplicate, OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(1), clean.applicationId());
        sql("INSERT INTO application_identity (application_id, document_type, number_encrypted, number_masked, identity_index, "
                + "name_encrypted, name_index, birth_date, issue_date, expiry_date, long_term) SELECT ?, document_type, number_encrypted, "
                + "number_masked, identity_index, name_encrypted, name_index, birth_date, issue_date, expiry_date, long_term "
                + "FROM application_identity WHERE application_id = ?", duplicate, clean.applicationId());

        JsonObject first = run(admin, "pending-review");
        JsonObject outcomes = first.getJsonArray("steps").getJsonObject(0).getJsonObject("outcomes");
        assertTrue(outcomes.getInt("REJECTED") >= 3 && outcomes.getInt("QUEUED") >= 1, first::toString);
        assertEquals("IN_REVIEW", status(clean));
        assertEquals("REJECTED", status(expired));
        JsonObject refused = api().get("api/v1/applications/" + expired.applicationId(), expired.token()).expect(200).json();
        assertEquals("DOCUMENT_EXPIRED", refused.getJsonArray("reasons").getJsonObject(0).getString("code"));
        assertEquals("PHOTO_UNCLEAR", api().get("api/v1/applications/" + dark.applicationId(), dark.token()).expect(200).json()
                .getJsonArray("reasons").getJsonObject(0).getString("code"));
        JsonObject second = api().get("api/v1/applications/" + duplicate, clean.token()).expect(200).json();
        assertEquals("REJECTED", second.getString("status"), second::toString);
        assertEquals("DUPLICATE_APPLICATION", second.getJsonArray("reasons").getJsonObject(0).getString("code"), second::toString);
        assertEquals("APPLICATION_REJECTED", ItDatabase.lastSmsTo(expired.phone()).template());
        int messages = ItDatabase.smsTo(expired.phone()).size();

        sql("UPDATE application SET sla_deadline = ? WHERE id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusHours(1), clean.applicationId());
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
        api().post("api/v1/review/applications/" + verified.applicationId() + "/claim", "", reviewer).expect(200);
        api().post("api/v1/review/applications/" + verified.applicationId() + "/decision", "{\"decision\":\"APPROVE\"}", reviewer)
                .expect(200);
        OnlineFlow.Ready draft = flow().readyToSubmit(residentId(), "2036-03-07");
        sql("UPDATE application_identity SET expiry_date = ? WHERE application_id = ?", TODAY.plusDays(5), verified.applicationId());
        sql("UPDATE application_identity SET expiry_date = ? WHERE application_id = ?", TODAY.minusDays(1), draft.applicationId());

        run(admin, "expired-id-rejection");
        run(admin, "expired-id-rejection");
        assertEquals(1, ItDatabase.smsTo(verified.phone()).stream().filter(s -> s.template().equals("EXPIRY_WARNING")).count(),
                "warned once");
        assertEquals("REJECTED", status(draft));
        assertEquals("VERIFIED", api().get("api/v1/cards", verified.token()).expect(200).jsonValue().asJsonArray()
                .getJsonObject(0).getString("verificationStatus"));

        sql("UPDATE application_identity SET expiry_date = ? WHERE application_id = ?", TODAY.minusDays(1), verified.applicationId());
        run(admin, "expired-id-rejection");
        assertEquals("REVERIFICATION_REQUIRED", api().get("api/v1/cards", verified.token()).expect(200).jsonValue().asJsonArray()
                .getJsonObject(0).getString("verificationStatus"));
        assertEquals("REVERIFICATION_REQUIRED", ItDatabase.lastSmsTo(verified.phone()).template());
    }

    @Test
    void aRunThatFailsMidwayIsRestartedFromItsCheckpointAndHandlesEveryApplicationExactlyOnce() throws Exception {
        String admin = api().adminToken();
        java.util.List<OnlineFlow.Ready> submitted = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            submitted.add(flow().submitted(residentId(), "2036-03-07"));
        }
        OnlineFlow.Ready expired = submitted.get(0);
        sql("UPDATE application_identity SET expiry_date = ? WHERE application_id = ?", TODAY.minusDays(1), expired.applicationId());

        long failed = api().post("api/v1/admin/jobs/pending-review/executions?chunkSize=2&partitions=1&failAfter=3", "", admin).expect(202)
                .json().getJsonNumber("executionId").longValue();
        JsonObject drill = waitFor(admin, failed);
        assertEquals("FAILED", drill.getString("status"), drill::toString);
        assertTrue(drill.getJsonArray("steps").getJsonObject(0).getJsonObject("metrics").getInt("COMMIT_COUNT") >= 1, drill::toString);

        long restarted = api().post("api/v1/admin/jobs/executions/" + failed + "/restart", "", admin).expect(202).json()
                .getJsonNumber("executionId").longValue();
        assertEquals("COMPLETED", waitFor(admin, restarted).getString("status"));
        for (OnlineFlow.Ready ready : submitted) {
            String action = ready == expired ? "APPLICATION_REJECTED" : "APPLICATION_QUEUED";
            assertEquals(1, actions(admin, ready.applicationId(), action), "handled once: " + ready.applicationId());
            assertEquals(ready == expired ? "REJECTED" : "IN_REVIEW", status(ready));
        }
        assertEquals(1, ItDatabase.smsTo(expired.phone()).stream()
                .filter(sms -> sms.template().equals("APPLICATION_REJECTED")).count(), "told once");
        assertProblem(api().post("api/v1/admin/jobs/pending-review/executions?failAfter=abc", "", admin).expect(422), 422,
                "INVALID_QUERY_PARAMETER");
        assertProblem(api().post("api/v1/admin/jobs/pending-review/executions?partitions=17", "", admin).expect(422), 422,
                "INVALID_QUERY_PARAMETER");
    }

    @Test
    void aPartitionedRunStoppedWhileRunningIsRestartedAndScreensEveryApplicationOnce() throws Exception {
        String admin = api().adminToken();
        String marker = "seeded-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "-%";
        int seeded = seedSubmitted(1200, marker.replace("%", ""));
        String inReview = "SELECT COUNT(*) FROM application a JOIN application_identity i ON i.application_id = a.id "
                + "WHERE a.status = 'IN_REVIEW' AND i.identity_index LIKE ?";
        try {
            long started = api().post("api/v1/admin/jobs/pending-review/executions?chunkSize=4&partitions=3", "", admin)
                    .expect(202).json().getJsonNumber("executionId").longValue();
            assertProblem(api().post("api/v1/admin/jobs/pending-review/executions", "", admin).expect(409), 409, "JOB_ALREADY_RUNNING");
            api().post("api/v1/admin/jobs/executions/" + started + "/stop", "", admin).expect(202);
            JsonObject stopped = waitFor(admin, started);
            assertEquals("STOPPED", stopped.getString("status"), stopped::toString);
            assertTrue(ItDatabase.count(inReview, marker) < seeded, "stopped before the end");

            long restarted = api().post("api/v1/admin/jobs/executions/" + started + "/restart", "", admin).expect(202).json()
                    .getJsonNumber("executionId").longValue();
            JsonObject finished = waitFor(admin, restarted);
            assertEquals("COMPLETED", finished.getString("status"), finished::toString);
            assertEquals(seeded, ItDatabase.count(inReview, marker), "every application screened");
            assertEquals(seeded, ItDatabase.count("SELECT COUNT(*) FROM audit_event WHERE action = 'APPLICATION_QUEUED' AND object_id IN "
                    + "(SELECT application_id FROM application_identity WHERE identity_index LIKE ?)", marker), "each queued exactly once");
        } finally {
            removeSeeded(marker);
        }
    }

    private static void removeSeeded(String marker) throws Exception {
        try (Connection db = ItDatabase.connect()) {
            java.util.List<String[]> rows = new java.util.ArrayList<>();
            try (PreparedStatement select = db.prepareStatement("SELECT a.id, a.card_id FROM application a "
                    + "JOIN application_identity i ON i.application_id = a.id WHERE i.identity_index LIKE ?")) {
                select.setString(1, marker);
                try (java.sql.ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        rows.add(new String[] {row.getString(1), row.getString(2)});
                    }
                }
            }
            for (String sql : new String[] {"DELETE FROM application_identity WHERE application_id = ?",
                "DELETE FROM application WHERE id = ?", "DELETE FROM card WHERE id = ?"}) {
                try (PreparedStatement delete = db.prepareStatement(sql)) {
                    for (String[] row : rows) {
                        delete.setString(1, sql.contains("card") ? row[1] : row[0]);
                        delete.addBatch();
                    }
                    delete.executeBatch();
                }
            }
        }
    }

    /** SUBMITTED applications written straight into the database (no applicant), identity indexes starting with the prefix. */
    private static int seedSubmitted(int count, String prefix) throws Exception {
        java.util.List<String> ids = new java.util.ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection db = ItDatabase.connect(); DirectRows rows = new DirectRows(db)) {
            for (int i = 0; i < count; i++) {
                String cardId = java.util.UUID.randomUUID().toString();
                String id = java.util.UUID.randomUUID().toString();
                String number = String.format("7%010d", RANDOM.nextLong(10_000_000_000L));
                rows.card(cardId, number, "PENDING", null, now);
                rows.application(id, number, cardId, "SUBMITTED", now);
                rows.identity(id, prefix + id, "seeded-name-" + id, TODAY.plusYears(3));
                ids.add(id);
            }
            rows.flush();
        }
        return ids.size();
    }

    @Test
    void retentionPurgeDeletesImagesAfterThePeriodExceptUnderLegalHold() throws Exception {
        String admin = api().adminToken();
        String reviewer = flow().reviewer(admin);
        OnlineFlow.Ready old = flow().submitted(residentId(), "2036-03-07");
        OnlineFlow.Ready held = flow().submitted(residentId(), "2036-03-07");
        for (OnlineFlow.Ready ready : java.util.List.of(old, held)) {
            api().post("api/v1/review/applications/" + ready.applicationId() + "/claim", "", reviewer).expect(200);
            api().post("api/v1/review/applications/" + ready.applicationId() + "/decision",
                    "{\"decision\":\"REJECT\",\"reasonCode\":\"PHOTO_UNCLEAR\"}", reviewer).expect(200);
            sql("UPDATE application SET decided_at = ? WHERE id = ?", OffsetDateTime.now(ZoneOffset.UTC).minusDays(181),
                    ready.applicationId());
        }
        String hold = "api/v1/admin/applications/" + held.applicationId() + "/legal-hold";
        for (String notABoolean : java.util.List.of("{\"hold\":\"yes\"}", "{\"hold\":\"true\"}", "{\"hold\":1}")) {
            assertProblem(api().send("PUT", hold, notABoolean, "application/json", admin, java.util.Map.of()).expect(422), 422,
                    "FIELD_INVALID");
        }
        assertProblem(api().send("PUT", hold, "{}", "application/json", admin, java.util.Map.of()).expect(422), 422, "FIELD_REQUIRED");
        assertProblem(api().send("PUT", hold, "[true]", "application/json", admin, java.util.Map.of()).expect(400), 400,
                "MALFORMED_JSON");
        api().send("PUT", hold, "{\"hold\":true}", "application/json", admin, java.util.Map.of()).expect(200);

        JsonObject purge = run(admin, "retention-purge");
        assertTrue(purge.getJsonArray("steps").getJsonObject(0).getJsonObject("outcomes").getInt("PURGED") >= 1, purge::toString);
        assertEquals(0, ItDatabase.count("SELECT COUNT(*) FROM application_photo WHERE application_id = ?", old.applicationId()));
        assertEquals(3, ItDatabase.count("SELECT COUNT(*) FROM application_photo WHERE application_id = ?", held.applicationId()));
        assertEquals(1, actions(admin, old.applicationId(), "IMAGES_PURGED"));
        run(admin, "retention-purge");
        assertEquals(1, actions(admin, old.applicationId(), "IMAGES_PURGED"), "purged once");
    }

    @Test
    void aJobLeasedByAnotherNodeIsNotStartedHereUntilTheLeaseIsGone() throws Exception {
        String admin = api().adminToken();
        sql("INSERT INTO job_lease (job_name, holder, expires_at) VALUES (?, ?, ?)", "expired-id-rejection", "other-node",
                OffsetDateTime.now(ZoneOffset.UTC).plusHours(1));
        try {
            assertProblem(api().post("api/v1/admin/jobs/expired-id-rejection/executions", "", admin).expect(409), 409,
                    "JOB_ALREADY_RUNNING");
        } finally {
            sql("DELETE FROM job_lease WHERE job_name = ? AND holder = ?", "expired-id-rejection", "other-node");
        }
        run(admin, "expired-id-rejection");
        sql("INSERT INTO job_lease (job_name, holder, expires_at) VALUES (?, ?, ?)", "expired-id-rejection", "crashed-node",
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1));
        run(admin, "expired-id-rejection");
    }
}
