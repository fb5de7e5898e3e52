package com.crossborder.verification.identity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void aMaskedNameKeepsOnlyItsFirstCharacterAndAStarForEachOther() {
        assertEquals("张*", PersonName.masked("张三"));
        assertEquals("欧**", PersonName.masked("欧阳娜"));
        assertEquals("C***********", PersonName.masked("CHAN TAI MAN"));
    }

    @Test
    void aOneCharacterNameStillShowsAStarSoItsLengthIsNotGivenAway() {
        assertEquals("王*", PersonName.masked("王"));
    }

    @Test
    void charactersOutsideTheBasicPlaneCountAsOne() {
        assertEquals("𠮷*", PersonName.masked("𠮷野"));
        assertEquals("李*", PersonName.masked("李𠮷"));
    }

    @Test
    void surroundingSpacesAreNotShownAsStars() {
        assertEquals("张*", PersonName.masked("  张三 "));
    }
}
