package org.haven.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "=\n1+1", "=\r\n1+1", "\n=1+1", "\t=cmd|' /C calc'!A0", " =1+1", "\u0000=1+1",
            "\u2028=1+1", "=\u00851+1", "+cmd|x", "-2+3+cmd|x", "@SUM(A1)", "\uFF1D1+1", "\r@SUM(A1)"})
    void aFormulaIsTurnedIntoTextWhateverHidesItsFirstCharacter(String cell) {
        String safe = CsvCells.neutralise(cell);
        assertThat(safe).startsWith("'").doesNotContain("\n", "\r", "\t", "\u0000", "\u2028", "\u0085");
        assertThat(CsvCells.isFormula(safe)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "Nadia|Nadia",
            "+44 7700 900123|+44 7700 900123",
            "-3|-3",
            "Leeds (LS6)|Leeds (LS6)",
            "'=1+1|'=1+1"})
    void ordinaryTextNumbersAndPhoneNumbersStayAsTheyAre(String cell, String expected) {
        assertThat(CsvCells.neutralise(cell)).isEqualTo(expected);
    }

    @Test
    void controlAndLineBreakCharactersBecomeOneSpace() {
        assertThat(CsvCells.clean("line one\r\nline two")).isEqualTo("line one line two");
        assertThat(CsvCells.clean("tab\there\u0007")).isEqualTo("tab here");
        assertThat(CsvCells.clean("  spaced  ")).isEqualTo("spaced");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "Leeds, West|\"Leeds, West\"",
            "=HYPERLINK(\"x\")|\"'=HYPERLINK(\"\"x\"\")\""})
    void aFieldIsQuotedWhenItHoldsACommaOrAQuote(String cell, String expected) {
        assertThat(CsvCells.field(cell)).isEqualTo(expected);
    }
}
