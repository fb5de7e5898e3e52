package com.crossborder.verification.shared.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    private static Reason refusal(String page, String size) {
        return assertThrows(Rejection.class, () -> PageRequest.parse(page, size, 100))
                .code();
    }

    @Test
    void pagesWithinReachAreRead() {
        assertEquals(40, PageRequest.parse("2", "20", 100).offset());
        assertEquals(1_000_000, PageRequest.parse("10000", "100", 100).offset());
    }

    @Test
    void pagesThatOverflowOrReachTooFarAreRefused() {
        assertEquals(Reason.PAGE_OUT_OF_RANGE, refusal("2147483647", "100"));
        assertEquals(Reason.PAGE_OUT_OF_RANGE, refusal("10001", "100"));
        assertEquals(Reason.INVALID_QUERY_PARAMETER, refusal("99999999999", "10"));
        assertEquals(Reason.INVALID_QUERY_PARAMETER, refusal("-1", "10"));
        assertEquals(Reason.INVALID_QUERY_PARAMETER, refusal("abc", "10"));
        assertEquals(Reason.INVALID_QUERY_PARAMETER, refusal("0", "0"));
        assertEquals(Reason.INVALID_QUERY_PARAMETER, refusal("0", "101"));
        assertEquals(
                Rejection.Kind.RULE_VIOLATED,
                assertThrows(Rejection.class, () -> PageRequest.offset(-1, 5)).kind());
    }
}
