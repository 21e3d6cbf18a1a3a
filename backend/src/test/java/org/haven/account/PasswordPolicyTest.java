package org.haven.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final String EMAIL = "maria.lopez@example.org";
    /** Nothing like a common password; cut to the length a test needs. */
    private static final String UNCOMMON = "violet-tram-under-the-marsh-".repeat(5);
    private static final String HOUSE_EMOJI = "\uD83C\uDFE0"; // one code point, two UTF-16 chars
    /** Twelve Dari/Persian letters: پ ن ا ه گ ا ه ا م ن م ا */
    private static final String TWELVE_PERSIAN_LETTERS = "پناهگاهامنما";

    private static final PasswordPolicy policy = new PasswordPolicy();

    private static Optional<String> check(String password) {
        return policy.problemWith(password, EMAIL).map(PasswordPolicy.PasswordProblem::message);
    }

    private static String ofLength(int codePoints) {
        return UNCOMMON.substring(0, codePoints);
    }

    @Test
    void elevenCharactersAreTooShort() {
        assertThat(check(ofLength(11))).hasValueSatisfying(problem -> assertThat(problem).contains("at least 12"));
    }

    @Test
    void twelveCharactersAreEnough() {
        assertThat(check(ofLength(12))).isEmpty();
    }

    @Test
    void oneHundredTwentyEightCharactersAreAllowed() {
        assertThat(check(ofLength(128))).isEmpty();
    }

    @Test
    void oneHundredTwentyNineCharactersAreTooLong() {
        assertThat(check(ofLength(129))).hasValueSatisfying(problem -> assertThat(problem).contains("at most 128"));
    }

    @Test
    void twelveEmojiCountAsTwelveCharacters() {
        assertThat(check(HOUSE_EMOJI.repeat(12))).isEmpty();
    }

    @Test
    void elevenEmojiAreTooShortAlthoughTheyAreTwentyTwoJavaChars() {
        String elevenEmoji = HOUSE_EMOJI.repeat(11);
        assertThat(elevenEmoji).hasSize(22);

        assertThat(check(elevenEmoji)).isPresent();
    }

    @Test
    void oneHundredTwentyEightEmojiAreAllowed() {
        assertThat(check(HOUSE_EMOJI.repeat(128))).isEmpty();
    }

    @Test
    void twelvePersianLettersAreAccepted() {
        assertThat(TWELVE_PERSIAN_LETTERS.codePointCount(0, TWELVE_PERSIAN_LETTERS.length())).isEqualTo(12);

        assertThat(check(TWELVE_PERSIAN_LETTERS)).isEmpty();
    }

    @Test
    void elevenPersianLettersAreTooShort() {
        assertThat(check(TWELVE_PERSIAN_LETTERS.substring(1))).isPresent();
    }

    @Test
    void combiningAccentsCountOnceAfterNormalisation() {
        String decomposedE = "e\u0301"; // e + combining acute: é as two code points
        assertThat(check(decomposedE.repeat(11))).as("22 code points typed, 11 characters").isPresent();
        assertThat(check(decomposedE.repeat(12))).isEmpty();
    }

    @Test
    void compatibilityFormsAreNormalisedBeforeCounting() {
        String ffiLigature = "\uFB03"; // NFKC turns it into "ffi"
        assertThat(check(ffiLigature.repeat(4))).as("4 ligatures are 12 letters").isEmpty();
        assertThat(check(ffiLigature.repeat(3))).as("3 ligatures are 9 letters").isPresent();
    }

    @Test
    void fullWidthCommonPasswordIsRecognisedAfterNormalisation() {
        String fullWidthQwerty123456 = "ｑｗｅｒｔｙ１２３４５６";

        assertThat(check(fullWidthQwerty123456)).hasValueSatisfying(problem -> assertThat(problem).contains("common"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123qweasdzxc", "123QWEASDZXC", "QWERTY123456", "qwerty123456", "QwErTy123456"})
    void commonPasswordsAreRefusedWhateverTheirCase(String common) {
        assertThat(check(common)).hasValueSatisfying(problem -> assertThat(problem).contains("common"));
    }

    @Test
    void emailAsPasswordIsRefused() {
        assertThat(policy.problemWith("Maria.Lopez@Example.org", EMAIL))
                .contains(PasswordPolicy.PasswordProblem.SAME_AS_EMAIL);
    }

    @Test
    void emailIsComparedTrimmedAndCaseInsensitively() {
        assertThat(policy.problemWith(EMAIL, "  MARIA.LOPEZ@EXAMPLE.ORG ")).isPresent();
    }

    @Test
    void somebodyElsesEmailIsAnAcceptablePassword() {
        assertThat(policy.problemWith("someone.else@example.org", EMAIL)).isEmpty();
    }

    @Test
    void passwordIsCheckedEvenWithoutEmail() {
        assertThat(policy.problemWith(ofLength(12), null)).isEmpty();
        assertThat(policy.problemWith("qwerty123456", null)).contains(PasswordPolicy.PasswordProblem.COMMON);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingPasswordIsRefused(String missing) {
        assertThat(check(missing)).isPresent();
    }

    @Test
    void bundledListHoldsAtLeastTenThousandPasswords() {
        assertThat(policy.commonPasswordCount()).isGreaterThanOrEqualTo(10_000);
    }
}
