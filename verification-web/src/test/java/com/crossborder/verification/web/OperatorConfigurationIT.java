package com.crossborder.verification.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.notification.infrastructure.TestSmsc;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsmpp.util.DeliveryReceiptState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nightly screening as an operator configures it for a quiet season: clean cases approved without a reviewer,
 * and two operators told by SMS when applications pass their deadline; the SMS leave through a real SMPP link, to
 * an SMSC this test runs. The packaged WAR with one more configuration source on top (ordinal 500, above the
 * environment's 300).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperatorConfigurationIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final Applicants.Phone OPERATOR = Applicants.Phone.fresh();
    private static final Applicants.Phone DEPUTY = Applicants.Phone.fresh();
    private static final TestSmsc SMSC = startSmsc();

    private static TestSmsc startSmsc() {
        try {
            return new TestSmsc();
        } catch (IOException noPort) {
            throw new UncheckedIOException(noPort);
        }
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        String settings = "config_ordinal=500\n"
                + "verification.review.auto-approve=true\n"
                + "verification.review.escalation-phones=" + OPERATOR.digits() + ", +86 " + DEPUTY.spelled() + "\n"
                + "verification.sms.gateway=smpp\n"
                + "verification.sms.smpp.port=" + SMSC.port + "\n";
        return Deployments.packagedWar()
                .addAsLibrary(ShrinkWrap.create(JavaArchive.class, "operator-settings.jar")
                        .addAsManifestResource(new StringAsset(settings), "microprofile-config.properties"));
    }

    @ArquillianResource
    URL deployment;

    @AfterAll
    static void stopSmsc() throws IOException {
        SMSC.close();
    }

    /** The text the SMSC received for a number, once it has (the outbox sends within seconds). */
    private static TestSmsc.Received awaitAtSmsc(Applicants.Phone phone, String containing)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            for (TestSmsc.Received received : SMSC.received) {
                if (received.destination().equals("86" + phone.digits())
                        && text(received).contains(containing)) {
                    return received;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no SMS with '" + containing + "' reached the SMSC for " + phone.masked());
    }

    private static String text(TestSmsc.Received received) {
        return new String(received.shortMessage(), StandardCharsets.UTF_16BE);
    }

    private static void awaitStatus(Applicants.Phone phone, String status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!status.equals(ItDatabase.lastSmsTo(phone).status())
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertEquals(status, ItDatabase.lastSmsTo(phone).status());
    }

    private Api api() {
        return new Api(deployment);
    }

    private static String residentId() {
        return Applicants.residentId(LocalDate.of(1985, 6, 11));
    }

    private JsonObject run(String admin) throws InterruptedException {
        return Jobs.run(api(), admin, "pending-review");
    }

    private JsonObject application(OnlineFlow.Ready ready) {
        return api().get("api/v1/applications/" + ready.applicationId(), ready.token())
                .expect(200)
                .json();
    }

    private String cardStatus(OnlineFlow.Ready ready) {
        return api().get("api/v1/cards", ready.token())
                .expect(200)
                .jsonValue()
                .asJsonArray()
                .getJsonObject(0)
                .getString("verificationStatus");
    }

    @Test
    void cleanCasesAreApprovedByTheJobHardFailuresStillRejectedAndOperatorsToldOncePerEscalation() throws Exception {
        String admin = api().adminToken();
        OnlineFlow flow = new OnlineFlow(deployment);
        OnlineFlow.Ready clean = flow.submitted(residentId(), "2036-03-07");
        OnlineFlow.Ready expired = flow.submitted(residentId(), "2036-03-07");
        OnlineFlow.Ready waiting = flow.submitted(residentId(), "2036-03-07");
        ItRecords.documentExpiresOn(expired.applicationId(), TODAY.minusDays(1));
        // Already with a reviewer and past its deadline: auto-approval leaves it alone, escalation does not.
        ItRecords.inReviewPastDeadline(waiting.applicationId(), 2);

        JsonObject outcomes = run(admin).getJsonArray("steps").getJsonObject(0).getJsonObject("outcomes");
        assertTrue(outcomes.getInt("APPROVED", 0) >= 1, outcomes::toString);

        JsonObject approved = application(clean);
        assertEquals("APPROVED", approved.getString("status"), approved::toString);
        assertEquals("VERIFIED", cardStatus(clean));
        assertEquals("APPLICATION_APPROVED", ItDatabase.lastSmsTo(clean.phone()).template());
        String lastDigits = clean.cardNumber().substring(clean.cardNumber().length() - 4);
        TestSmsc.Received approval = awaitAtSmsc(clean.phone(), "尾号" + lastDigits + "的中港通卡已通过实名认证");
        assertEquals(0x08, approval.dataCoding(), "Chinese text goes as UCS-2");
        SMSC.deliveryReceipt(approval.messageId(), DeliveryReceiptState.DELIVRD);
        awaitStatus(clean.phone(), "DELIVERED");
        assertEquals(
                1,
                api().get(
                                "api/v1/admin/audit?objectId=" + clean.applicationId()
                                        + "&action=APPLICATION_APPROVED&actorId=job:pending-review",
                                admin)
                        .expect(200)
                        .json()
                        .getJsonNumber("total")
                        .longValue(),
                "approved by the job, on the record");

        assertEquals("REJECTED", application(expired).getString("status"));
        assertEquals(
                "DOCUMENT_EXPIRED",
                application(expired).getJsonArray("reasons").getJsonObject(0).getString("code"));
        assertEquals("UNVERIFIED", cardStatus(expired));

        assertEquals(
                "IN_REVIEW", application(waiting).getString("status"), "a reviewer's case is not approved by the job");
        for (Applicants.Phone operator : new Applicants.Phone[] {OPERATOR, DEPUTY}) {
            assertEquals(1, ItDatabase.smsTo(operator).size(), "one notice per escalation run: " + operator.masked());
            assertEquals(
                    "APPLICATIONS_ESCALATED", ItDatabase.lastSmsTo(operator).template());
            awaitAtSmsc(operator, "个实名认证申请已超过审核时限");
        }

        run(admin);
        assertEquals("APPROVED", application(clean).getString("status"));
        assertEquals(
                1,
                ItDatabase.smsTo(clean.phone()).stream()
                        .filter(sms -> "APPLICATION_APPROVED".equals(sms.template()))
                        .count(),
                "the holder is told once");
        assertEquals(1, ItDatabase.smsTo(OPERATOR).size(), "nothing newly escalated, nobody told again");
    }
}
