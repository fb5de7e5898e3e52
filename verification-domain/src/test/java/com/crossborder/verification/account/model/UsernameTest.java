package com.crossborder.verification.account.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.crossborder.verification.shared.model.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

    @Test
    void usernamesAreComparedInLowerCaseWithoutSurroundingBlanks() {
        assertEquals("reviewer.li", Username.parse("  Reviewer.Li ").value());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "ab", "1abc", "a b c", "张三丰", "abc\u200bdef", "abc/../x", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            })
    void malformedUsernamesAreRefused(String raw) {
        assertThrows(Rejection.class, () -> Username.parse(raw));
    }
}
