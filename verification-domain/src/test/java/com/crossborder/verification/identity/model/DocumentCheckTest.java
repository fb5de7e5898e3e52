package com.crossborder.verification.identity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentCheckTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    /** Born 1990-03-07. */
    static final String BORN_1990 = "440106199003071231";

    private static DocumentValidation check(
            DocumentType type,
            String number,
            String name,
            LocalDate birth,
            LocalDate issue,
            LocalDate expiry,
            Boolean longTerm) {
        return DocumentCheck.validate(new DocumentClaim(type, number, name, birth, issue, expiry, longTerm), TODAY);
    }

    private static DocumentValidation resident(String number, LocalDate issue, LocalDate expiry, Boolean longTerm) {
        return check(DocumentType.CN_RESIDENT_ID, number, null, null, issue, expiry, longTerm);
    }

    private static String residentBornOn(LocalDate birth) {
        String base = "110105" + birth.toString().replace("-", "") + "001";
        return base + ResidentIdNumber.checkCharacter(base);
    }

    @Test
    void aNumberAloneIsCheckedAndTheRestIsLeftAlone() {
        DocumentValidation validation = resident("11010519491231002x", null, null, null);
        assertTrue(validation.valid());
        assertEquals("11010519491231002X", validation.normalizedNumber());
        assertEquals("1101**********002X", validation.maskedNumber());
    }

    @Test
    void aMalformedNumberIsAProblemOnTheNumberAndHasNoMaskedForm() {
        DocumentValidation validation = resident("110105194912310021", null, null, null);
        assertFalse(validation.valid());
        assertEquals(
                List.of(new DocumentProblem("documentNumber", Reason.INVALID_CHECK_CHARACTER)), validation.problems());
        assertNull(validation.maskedNumber());
    }

    @ParameterizedTest
    @CsvSource({"2026-11-24, false", "2026-11-25, true", "2026-11-26, true", "2036-01-01, true"})
    void aDocumentIsExpiredOnlyWhenItsExpiryDateIsBeforeTheBusinessDate(LocalDate expiry, boolean valid) {
        DocumentValidation validation = check(DocumentType.CN_EEP_HKMO, "C12345678", null, null, null, expiry, null);
        assertEquals(valid, validation.valid());
        if (!valid) {
            assertEquals(List.of(new DocumentProblem("expiryDate", Reason.DOCUMENT_EXPIRED)), validation.problems());
        }
    }

    @Test
    void allProblemsAreReportedTogether() {
        DocumentValidation validation = check(
                DocumentType.CN_RESIDENT_ID, "110105194912310021", "Li 4", null, null, LocalDate.of(2020, 1, 1), null);
        assertEquals(
                List.of(
                        new DocumentProblem("documentNumber", Reason.INVALID_CHECK_CHARACTER),
                        new DocumentProblem("name", Reason.NAME_INVALID),
                        new DocumentProblem("expiryDate", Reason.DOCUMENT_EXPIRED)),
                validation.problems());
    }

    // Validity period against age at issue (born 1990-03-07).
    @ParameterizedTest
    @CsvSource({
        // under 16: five years
        "2006-03-06, 2011-03-06, , true",
        "2006-03-06, 2016-03-06, , false",
        // 16 exactly on the birthday: ten years
        "2006-03-07, 2016-03-07, , true",
        "2006-03-07, 2011-03-07, , false",
        // 25: ten years; 26: twenty years
        "2016-03-06, 2026-03-06, , true",
        "2015-03-06, 2025-03-06, , true",
        "2016-03-07, 2036-03-07, , true",
        "2016-03-06, 2036-03-06, , false",
        // 45: twenty years; 46: long-term
        "2036-03-06, 2056-03-06, , false",
        "2026-03-06, 2046-03-06, , true",
        "2026-03-06, , true, false",
        "2026-03-07, , true, false",
        // off by a day
        "2016-03-07, 2036-03-08, , false"
    })
    void theResidentIdValidityMustFitTheAgeAtIssue(LocalDate issue, LocalDate expiry, Boolean longTerm, boolean fits) {
        // Some of these cards have expired by now; that is a separate problem, not the one asserted here.
        DocumentValidation validation = resident(BORN_1990, issue, expiry, longTerm);
        assertEquals(!fits, hasPeriodMismatch(validation), validation::toString);
        assertTrue(
                validation.problems().stream()
                        .allMatch(p ->
                                p.code() == Reason.VALIDITY_PERIOD_MISMATCH || p.code() == Reason.DOCUMENT_EXPIRED),
                validation::toString);
    }

    private static boolean hasPeriodMismatch(DocumentValidation validation) {
        return validation.problems().stream().anyMatch(p -> p.code() == Reason.VALIDITY_PERIOD_MISMATCH);
    }

    @Test
    void aHolderOfFortySixOrMoreAtIssueHasALongTermCardAndNoEndDate() {
        String born1970 = residentBornOn(LocalDate.of(1970, 1, 1));
        assertTrue(resident(born1970, LocalDate.of(2016, 1, 1), null, true).valid());
        assertEquals(
                List.of(new DocumentProblem("expiryDate", Reason.VALIDITY_PERIOD_MISMATCH)),
                resident(born1970, LocalDate.of(2016, 1, 1), LocalDate.of(2036, 1, 1), null)
                        .problems());
        assertEquals(
                List.of(new DocumentProblem("longTerm", Reason.VALIDITY_PERIOD_MISMATCH)),
                resident(born1970, LocalDate.of(2015, 12, 31), null, true).problems());
    }

    @Test
    void aLongTermCardNeverExpires() {
        String born1950 = residentBornOn(LocalDate.of(1950, 5, 5));
        assertTrue(resident(born1950, LocalDate.of(2000, 1, 1), null, true).valid());
    }

    @Test
    void datesThatContradictEachOtherAreValidityMismatches() {
        assertEquals(
                List.of(new DocumentProblem("issueDate", Reason.VALIDITY_PERIOD_MISMATCH)),
                resident(BORN_1990, LocalDate.of(1989, 1, 1), null, null).problems());
        assertEquals(
                List.of(new DocumentProblem("issueDate", Reason.VALIDITY_PERIOD_MISMATCH)),
                resident(BORN_1990, LocalDate.of(2026, 11, 26), null, null).problems());
        assertEquals(
                List.of(new DocumentProblem("expiryDate", Reason.VALIDITY_PERIOD_MISMATCH)),
                check(DocumentType.CN_EEP_HKMO, "C12345678", null, null, TODAY, TODAY, null)
                        .problems());
        assertEquals(
                List.of(new DocumentProblem("birthDate", Reason.VALIDITY_PERIOD_MISMATCH)),
                check(DocumentType.CN_RESIDENT_ID, BORN_1990, null, LocalDate.of(1990, 3, 8), null, null, null)
                        .problems());
        assertTrue(check(DocumentType.CN_RESIDENT_ID, BORN_1990, null, LocalDate.of(1990, 3, 7), null, null, null)
                .valid());
    }

    @Test
    void aBirthDateInTheFutureIsRefused() {
        assertEquals(
                List.of(new DocumentProblem("birthDate", Reason.BIRTH_DATE_IN_FUTURE)),
                check(DocumentType.HK_ID, "A123456(3)", null, LocalDate.of(2027, 1, 1), null, null, null)
                        .problems());
    }

    @Test
    void onlyResidentIdsCanBeLongTermAndNotWithAnEndDateToo() {
        assertEquals(
                List.of(new DocumentProblem("longTerm", Reason.LONG_TERM_NOT_ALLOWED)),
                check(DocumentType.CN_EEP_HKMO, "C12345678", null, null, null, null, true)
                        .problems());
        assertEquals(
                List.of(new DocumentProblem("longTerm", Reason.EXPIRY_DATE_CONFLICT)),
                resident(BORN_1990, null, LocalDate.of(2030, 1, 1), true).problems());
    }

    @Test
    void aHongKongIdentityCardPrintsNoExpiryAndSoNeverExpires() {
        assertTrue(check(DocumentType.HK_ID, "A123456(3)", "CHAN Tai Man", null, null, LocalDate.of(2000, 1, 1), null)
                .valid());
    }

    @ParameterizedTest
    @CsvSource({
        // five years for anyone, the day before the anniversary too
        "2000-01-01, 2020-06-01, 2025-06-01, true",
        "2000-01-01, 2020-06-01, 2025-05-31, true",
        // ten years only from 16
        "2000-01-01, 2020-06-01, 2030-06-01, true",
        "2010-01-01, 2020-06-01, 2030-06-01, false",
        "2004-06-01, 2020-06-01, 2030-06-01, true",
        "2004-06-02, 2020-06-01, 2030-06-01, false",
        // neither five nor ten
        "2000-01-01, 2020-06-01, 2027-06-01, false"
    })
    void anExitEntryPermitLastsFiveYearsOrTenFromSixteen(
            LocalDate birth, LocalDate issue, LocalDate expiry, boolean fits) {
        assertEquals(
                !fits,
                hasPeriodMismatch(check(DocumentType.CN_EEP_HKMO, "C12345678", null, birth, issue, expiry, null)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"张三", "欧阳娜娜", "阿依古丽·买买提", "CHAN Tai Man", "O'Neil", "Jean-Luc", "Zoë", "李 四"})
    void realNamesAreAccepted(String name) {
        assertTrue(PersonName.isValid(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "张三1", "张\u200b三", "\u202e三张", "<script>", "张三;", "a\nb"})
    void namesWithDigitsSymbolsOrInvisibleCharactersAreRefused(String name) {
        assertFalse(PersonName.isValid(name), name);
    }

    @Test
    void aNameLongerThanSixtyFourCharactersIsRefused() {
        assertFalse(PersonName.isValid("张".repeat(65)));
        assertTrue(PersonName.isValid("张".repeat(64)));
    }

    @Test
    void anIdentityDocumentCanOnlyBePresentedWhenEveryRuleHolds() {
        Rejection rejection = assertThrows(
                Rejection.class,
                () -> IdentityDocument.present(
                        new DocumentClaim(
                                DocumentType.CN_EEP_HKMO,
                                "C12345678",
                                "张三",
                                null,
                                null,
                                LocalDate.of(2026, 11, 24),
                                null),
                        TODAY));
        assertEquals(Reason.DOCUMENT_EXPIRED, rejection.code());
        IdentityDocument document = IdentityDocument.present(
                new DocumentClaim(
                        DocumentType.CN_EEP_HKMO, "c12345678", " 张三 ", null, null, LocalDate.of(2026, 11, 25), null),
                TODAY);
        assertEquals("张三", document.name());
        assertEquals(
                "expiryDate",
                assertThrows(
                                Rejection.class,
                                () -> IdentityDocument.present(
                                        new DocumentClaim(
                                                DocumentType.CN_EEP_HKMO, "C12345678", "张三", null, null, null, null),
                                        TODAY))
                        .problems()
                        .get(0)
                        .field(),
                "a document without its end date cannot be verified");
        assertEquals(
                "张三",
                IdentityDocument.present(
                                new DocumentClaim(DocumentType.HK_ID, "A123456(3)", "张三", null, null, null, null),
                                TODAY)
                        .name(),
                "an HK identity card prints no end date");
        assertFalse(document.isExpiredOn(TODAY));
        assertTrue(document.isExpiredOn(TODAY.plusDays(1)));
    }
}
