package com.crossborder.verification.shared.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "13812345678      | +8613812345678",
                "138 1234 5678    | +8613812345678",
                "138-1234-5678    | +8613812345678",
                "+86 138 1234 5678| +8613812345678",
                "8613812345678    | +8613812345678",
                "0086 13812345678 | +8613812345678",
                "(+86) 19912345678| +8619912345678",
                "１３８１２３４５６７８ | +8613812345678",
                "+852 9123 4567   | +85291234567",
                "852-5123-4567    | +85251234567",
                "00852 41234567   | +85241234567"
            })
    void theUsualSpellingsBecomeE164(String raw, String e164) {
        assertEquals(e164, PhoneNumber.parse(raw).e164());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "12812345678",
                "1381234567",
                "138123456789",
                "+8612812345678",
                "+85231234567",
                "91234567",
                "+852912345678",
                "+1 415 555 0100",
                "138\u200b12345678",
                "13812345678abc",
                "+86 138 1234 567８９",
                "tel:13812345678",
                "１３８1234567８9999999999999999999999999999999999999999"
            })
    void numbersThatCannotReceiveOurSmsAreRefused(String raw) {
        Rejection rejection = assertThrows(Rejection.class, () -> PhoneNumber.parse(raw));
        assertEquals(Reason.PHONE_INVALID, rejection.code());
        assertEquals("phone", rejection.problems().get(0).field());
    }

    @Test
    void numbersAreShownMasked() {
        assertEquals("138****5678", PhoneNumber.parse("13812345678").masked());
        assertEquals("+852 9***4567", PhoneNumber.parse("+85291234567").masked());
        assertFalse(PhoneNumber.parse("13812345678").toString().contains("1234"));
    }

    @Test
    void twoSpellingsOfOneNumberAreEqual() {
        assertEquals(PhoneNumber.parse("138 1234 5678"), PhoneNumber.parse("+8613812345678"));
    }
}
