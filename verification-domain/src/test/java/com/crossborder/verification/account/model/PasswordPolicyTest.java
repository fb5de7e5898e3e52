package com.crossborder.verification.account.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"abcdefg1", "Passw0rd-with-symbols", "密码密码密码abc1", "A1234567"})
    void passwordsWithLettersAndDigitsOfEightToSixtyFourCharactersAreAccepted(String password) {
        assertDoesNotThrow(() -> PasswordPolicy.check(password, "alice"));
    }

    @ParameterizedTest
    @CsvSource({
        "abc1234, PASSWORD_TOO_SHORT",
        "abcdefgh, PASSWORD_TOO_WEAK",
        "12345678, PASSWORD_TOO_WEAK",
        "xxalice1xx, PASSWORD_CONTAINS_LOGIN",
        "XXALICE1XX, PASSWORD_CONTAINS_LOGIN"
    })
    void weakPasswordsAreRefusedWithTheirReason(String password, Reason expected) {
        Rejection rejection = assertThrows(Rejection.class, () -> PasswordPolicy.check(password, "alice"));
        assertEquals(expected, rejection.code());
        assertEquals("password", rejection.problems().get(0).field());
    }

    @Test
    void aPasswordLongerThanSixtyFourCharactersIsRefused() {
        Rejection rejection = assertThrows(Rejection.class, () -> PasswordPolicy.check("a1".repeat(33), "alice"));
        assertEquals(Reason.PASSWORD_TOO_LONG, rejection.code());
    }

    @Test
    void aMissingPasswordIsTooShort() {
        assertEquals(
                Reason.PASSWORD_TOO_SHORT,
                assertThrows(Rejection.class, () -> PasswordPolicy.check(null, "alice"))
                        .code());
    }
}
