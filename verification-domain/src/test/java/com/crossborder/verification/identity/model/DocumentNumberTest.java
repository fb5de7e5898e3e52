package com.crossborder.verification.identity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumberTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static Reason refusal(DocumentType type, String raw) {
        Rejection rejection = assertThrows(Rejection.class, () -> DocumentNumber.parse(type, raw, TODAY));
        assertEquals("documentNumber", rejection.problems().get(0).field());
        return rejection.code();
    }

    // --- resident ID ---

    @ParameterizedTest
    @CsvSource({
        "11010519491231002X, 1101**********002X, 1949-12-31, FEMALE",
        "11010519491231002x, 1101**********002X, 1949-12-31, FEMALE",
        "440106199003071231, 4401**********1231, 1990-03-07, MALE",
        "31011519851120542X, 3101**********542X, 1985-11-20, FEMALE",
        "650102197001010018, 6501**********0018, 1970-01-01, MALE",
        "810000200002291233, 8100**********1233, 2000-02-29, MALE",
        "110101190001010014, 1101**********0014, 1900-01-01, MALE",
        "53010220101010005X, 5301**********005X, 2010-10-10, MALE",
        "710000199912311118, 7100**********1118, 1999-12-31, MALE",
        "230102197905304424, 2301**********4424, 1979-05-30, FEMALE",
        "510107195501010075, 5101**********0075, 1955-01-01, MALE"
    })
    void wellFormedResidentIdsAreAcceptedNormalisedAndMasked(
            String raw, String masked, LocalDate birth, ResidentIdNumber.Sex sex) {
        ResidentIdNumber number = ResidentIdNumber.parse(raw, TODAY);
        assertEquals(raw.toUpperCase(), number.normalized());
        assertEquals(masked, number.masked());
        assertEquals(birth, number.birthDate());
        assertEquals(sex, number.sex());
    }

    @Test
    void fullWidthDigitsAndBlanksAroundAreTolerated() {
        assertEquals(
                "11010519491231002X",
                ResidentIdNumber.parse(" １１０１０５１９４９１２３１００２ｘ ", TODAY).normalized());
        assertEquals(
                "11010519491231002X",
                ResidentIdNumber.parse("110105 19491231 002X", TODAY).normalized());
    }

    @ParameterizedTest
    @CsvSource({
        "11010519491231002Y, INVALID_FORMAT",
        "1101051949123100X2, INVALID_FORMAT",
        "11010519491231002, INVALID_FORMAT",
        "11010519491231002XX, INVALID_FORMAT",
        "110105194912310, INVALID_FORMAT",
        "11010519491231002\u200bX, INVALID_FORMAT",
        "1101051949123100２Ｘ-, INVALID_FORMAT",
        "11010519491231002Х, INVALID_FORMAT",
        "110105194912310021, INVALID_CHECK_CHARACTER",
        "110105194912310020, INVALID_CHECK_CHARACTER",
        "440106199003071232, INVALID_CHECK_CHARACTER",
        "650102197001010019, INVALID_CHECK_CHARACTER",
        "110105194902300011, INVALID_BIRTH_DATE",
        "110105190002290011, INVALID_BIRTH_DATE",
        "110105202302290011, INVALID_BIRTH_DATE",
        "110105199913010011, INVALID_BIRTH_DATE",
        "110105199900000011, INVALID_BIRTH_DATE",
        "110105000001010011, INVALID_BIRTH_DATE",
        "110105189912310011, INVALID_BIRTH_DATE",
        "110105202611260011, INVALID_BIRTH_DATE",
        "110105203001010011, INVALID_BIRTH_DATE"
    })
    void malformedResidentIdsAreRefusedWithTheirReason(String raw, Reason expected) {
        assertEquals(expected, refusal(DocumentType.CN_RESIDENT_ID, raw));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 10, 16, 20, 24, 30, 38, 40, 47, 49, 55, 60, 66, 70, 72, 80, 84, 90, 99})
    void aFirstTwoDigitsThatNameNoProvinceAreRefused(int province) {
        String base = String.format("%02d", province) + "010519491231002";
        assertEquals(
                Reason.INVALID_REGION,
                refusal(DocumentType.CN_RESIDENT_ID, base + ResidentIdNumber.checkCharacter(base)));
    }

    @ParameterizedTest
    @ValueSource(ints = {11, 15, 21, 23, 31, 37, 41, 46, 50, 54, 61, 65, 71, 81, 82, 83})
    void everyProvinceLevelCodeIsAccepted(int province) {
        String base = province + "010519491231002";
        ResidentIdNumber.parse(base + ResidentIdNumber.checkCharacter(base), TODAY);
    }

    @Test
    void aBirthDateOfTodayIsStillAccepted() {
        String base = "11010520261125001";
        assertEquals(
                LocalDate.of(2026, 11, 25),
                ResidentIdNumber.parse(base + ResidentIdNumber.checkCharacter(base), TODAY)
                        .birthDate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void aMissingNumberIsRequired(String raw) {
        assertEquals(Reason.DOCUMENT_NUMBER_REQUIRED, refusal(DocumentType.CN_RESIDENT_ID, raw));
        assertEquals(Reason.DOCUMENT_NUMBER_REQUIRED, refusal(DocumentType.HK_ID, raw));
    }

    @Test
    void hugeInputIsRefusedAsMalformed() {
        assertEquals(Reason.INVALID_FORMAT, refusal(DocumentType.CN_RESIDENT_ID, "1".repeat(100_000)));
    }

    // --- Hong Kong identity card ---

    @ParameterizedTest
    @CsvSource({
        "A123456(3), A123456(3), A*****6(*)",
        "A1234563, A123456(3), A*****6(*)",
        "a123456(3), A123456(3), A*****6(*)",
        "A123456 (3), A123456(3), A*****6(*)",
        "G123456(A), G123456(A), G*****6(*)",
        "g123456a, G123456(A), G*****6(*)",
        "CA182361(1), CA182361(1), CA*****1(*)",
        "Z683365(A), Z683365(A), Z*****5(*)",
        "K000000(0), K000000(0), K*****0(*)",
        "XA000001(6), XA000001(6), XA*****1(*)",
        "WX123456(9), WX123456(9), WX*****6(*)",
        "Ａ１２３４５６（３）, A123456(3), A*****6(*)"
    })
    void wellFormedHongKongIdsAreAcceptedWithTheCheckInBrackets(String raw, String normalized, String masked) {
        HongKongIdNumber number = HongKongIdNumber.parse(raw);
        assertEquals(normalized, number.normalized());
        assertEquals(masked, number.masked());
    }

    @ParameterizedTest
    @CsvSource({
        "A123456(4), INVALID_CHECK_CHARACTER",
        "G123456(0), INVALID_CHECK_CHARACTER",
        "CA182361(2), INVALID_CHECK_CHARACTER",
        "A123456(B), INVALID_FORMAT",
        "A12345(3), INVALID_FORMAT",
        "A1234567(3), INVALID_FORMAT",
        "ABC123456(3), INVALID_FORMAT",
        "1123456(3), INVALID_FORMAT",
        "A123456(3, INVALID_FORMAT",
        "A123456)3(, INVALID_FORMAT",
        "A123456((3)), INVALID_FORMAT",
        "А123456(3), INVALID_FORMAT"
    })
    void malformedHongKongIdsAreRefused(String raw, Reason expected) {
        assertEquals(expected, refusal(DocumentType.HK_ID, raw));
    }

    // --- 往来港澳通行证 ---

    @ParameterizedTest
    @CsvSource({
        "C12345678, C1*****78",
        "c12345678, C1*****78",
        "CA1234567, CA*****67",
        "CZ7654321, CZ*****21",
        "CH0000001, CH*****01"
    })
    void exitEntryPermitsOfBothShapesAreAccepted(String raw, String masked) {
        assertEquals(masked, ExitEntryPermitNumber.parse(raw).masked());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CI1234567",
                "CO1234567",
                "C1234567",
                "C123456789",
                "D12345678",
                "CA123456",
                "CAB123456",
                "12345678C"
            })
    void malformedExitEntryPermitsAreRefused(String raw) {
        assertEquals(Reason.INVALID_FORMAT, refusal(DocumentType.CN_EEP_HKMO, raw));
    }

    // --- 回乡证 ---

    @ParameterizedTest
    @CsvSource({
        "H12345678, H12345678, H1*****78",
        "M87654321, M87654321, M8*****21",
        "H1234567801, H12345678, H1*******01",
        "h12345678 02, H12345678, H1*******02"
    })
    void homeReturnPermitsWithAndWithoutReplacementCountAreAcceptedAndKeyedByTheirFirstNine(
            String raw, String key, String masked) {
        HomeReturnPermitNumber number = HomeReturnPermitNumber.parse(raw);
        assertEquals(key, number.identityKey());
        assertEquals(masked, number.masked());
    }

    @ParameterizedTest
    @ValueSource(strings = {"H123456789", "H1234567", "H123456780123", "K12345678", "12345678H", "HA2345678"})
    void malformedHomeReturnPermitsAreRefused(String raw) {
        assertEquals(Reason.INVALID_FORMAT, refusal(DocumentType.HKMO_HOME_RETURN_PERMIT, raw));
    }

    @Test
    void documentTypesAreFoundByTheirApiCodes() {
        assertEquals(DocumentType.HK_ID, DocumentType.fromCode("hk_id").orElseThrow());
        assertEquals(true, DocumentType.fromCode("PASSPORT").isEmpty());
        assertEquals(true, DocumentType.fromCode(null).isEmpty());
    }
}
