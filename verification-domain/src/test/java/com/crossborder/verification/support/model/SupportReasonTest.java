package com.crossborder.verification.support.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import org.junit.jupiter.api.Test;

/** Customer service always says why; the reason is one line, short enough for an audit row. */
class SupportReasonTest {

    @Test
    void aMissingBlankOrOverlongReasonIsRefusedOnTheReasonField() {
        for (String missing : new String[] {null, "", "   ", "\n\t", "x".repeat(201)}) {
            Rejection refused = assertThrows(Rejection.class, () -> SupportReason.of(missing));
            assertEquals(Reason.SUPPORT_REASON_REQUIRED, refused.code());
            assertEquals("reason", refused.problems().get(0).field());
        }
    }

    @Test
    void aReasonIsKeptOnOneLine() {
        assertEquals(
                "ticket 4711: holder called",
                SupportReason.of("  ticket 4711:\n holder\tcalled ").text());
        assertEquals(200, SupportReason.of("x".repeat(200)).text().length());
    }
}
