package com.crossborder.verification.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.identity.model.ResidentIdNumber;
import jakarta.json.JsonObject;
import java.net.URL;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nightly screening as an operator configures it for a quiet season: clean cases approved without a reviewer,
 * and two operators told by SMS when applications pass their deadline. The packaged WAR with one more configuration
 * source on top (ordinal 500, above the environment's 300).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AutoApprovalIT {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final Applicants.Phone OPERATOR = Applicants.Phone.fresh();
    private static final Applicants.Phone DEPUTY = Applicants.Phone.fresh();

    @Deployment(testable = false)
    static WebArchive deployment() {
        String settings = "config_ordinal=500\n"
                + "verification.review.auto-approve=true\n"
                + "verification.review.escalation-phones=" + OPERATOR.digits() + ", +86 " + DEPUTY.spelled() + "\n";
        return Deployments.packagedWar().addAsLibrary(ShrinkWrap.create(JavaArchive.class, "operator-settings.jar")
                .addAsManifestResource(new StringAsset(settings), "microprofile-config.properties"));
    }

    @ArquillianResource
    URL deployment;

    private Api api() {
        return new Api(deployment);
    }

    private static String residentId() {
        String base = "11010519850611" + String.format("%03d", RANDOM.nextInt(1000));
        return base + ResidentIdNumber.checkCharacter(base);
    }

    private static void sql(String statement, Object... parameters) throws Exception {
        try (Connection db = ItDatabase.connect(); PreparedStatement update = db.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        }
    }

    private JsonObject run(String admin) throws InterruptedException {
        long id = api().post("api/v1/admin/jobs/pending-review/executions", "", admin).expect(202).json()
                .getJsonNumber("executionId").longValue();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonObject execution;
        do {
            Thread.sleep(200);
            execution = api().get("api/v1/admin/jobs/executions/" + id, admin).expect(200).json();
        } while (!execution.getString("status").matches("COMPLETED|FAILED|STOPPED|ABANDONED") && Instant.now().isBefore(deadline));
        assertEquals("COMPLETED", execution.getString("status"), execution::toString);
        return execution;
    }

    private JsonObject application(OnlineFlow.Ready ready) {
        return api().get("api/v1/applications/" + ready.applicationId(), ready.token()).expect(200).json();
    }

    private String cardStatus(OnlineFlow.Ready ready) {
        return api().get("api/v1/cards", ready.token()).expect(200).jsonValue().asJsonArray().getJsonObject(0)
                .getString("verificationStatus");
    }

    @Test
    void cleanCasesAreApprovedByTheJobHardFailuresStillRejectedAndOperatorsToldOncePerEscalation() throws Exception {
        String admin = api().adminToken();
        OnlineFlow flow = new OnlineFlow(deployment);
        OnlineFlow.Ready clean = flow.submitted(residentId(), "2036-03-07");
        OnlineFlow.Ready expired = flow.submitted(residentId(), "2036-03-07");
        OnlineFlow.Ready waiting = flow.submitted(residentId(), "2036-03-07");
        sql("UPDATE application_identity SET expiry_date = ? WHERE application_id = ?", TODAY.minusDays(1), expired.applicationId());
        // Already with a reviewer and past its deadline: auto-approval leaves it alone, escalation does not.
        sql("UPDATE application SET status = 'IN_REVIEW', sla_deadline = ? WHERE id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusHours(2), waiting.applicationId());

        JsonObject outcomes = run(admin).getJsonArray("steps").getJsonObject(0).getJsonObject("outcomes");
        assertTrue(outcomes.getInt("APPROVED", 0) >= 1, outcomes::toString);

        JsonObject approved = application(clean);
        assertEquals("APPROVED", approved.getString("status"), approved::toString);
        assertEquals("VERIFIED", cardStatus(clean));
        assertEquals("APPLICATION_APPROVED", ItDatabase.lastSmsTo(clean.phone()).template());
        assertEquals(1, api().get("api/v1/admin/audit?objectId=" + clean.applicationId() + "&action=APPLICATION_APPROVED&actorId=job:pending-review",
                admin).expect(200).json().getJsonNumber("total").longValue(), "approved by the job, on the record");

        assertEquals("REJECTED", application(expired).getString("status"));
        assertEquals("DOCUMENT_EXPIRED", application(expired).getJsonArray("reasons").getJsonObject(0).getString("code"));
        assertEquals("UNVERIFIED", cardStatus(expired));

        assertEquals("IN_REVIEW", application(waiting).getString("status"), "a reviewer's case is not approved by the job");
        for (Applicants.Phone operator : new Applicants.Phone[] {OPERATOR, DEPUTY}) {
            assertEquals(1, ItDatabase.smsTo(operator).size(), "one notice per escalation run: " + operator.masked());
            assertEquals("APPLICATIONS_ESCALATED", ItDatabase.lastSmsTo(operator).template());
        }

        run(admin);
        assertEquals("APPROVED", application(clean).getString("status"));
        assertEquals(1, ItDatabase.smsTo(clean.phone()).stream().filter(sms -> "APPLICATION_APPROVED".equals(sms.template())).count(),
                "the holder is told once");
        assertEquals(1, ItDatabase.smsTo(OPERATOR).size(), "nothing newly escalated, nobody told again");
    }
}
