package org.haven.shared;

import java.util.regex.Pattern;

/**
 * Cells of CSV files, read (the import) or written (every export): a spreadsheet must never run a
 * cell as a formula (CSV injection). Control and line-break characters are removed first, so that
 * {@code "=\n1+1"} or {@code "\t=cmd"} cannot hide a leading {@code =} from the check; then a
 * cell starting with = + - @ (or their full-width forms) gets a leading apostrophe, which
 * spreadsheets show as text. A plain number or phone number ({@code -3}, {@code +44 7700 900123})
 * stays as it is: digits and signs cannot call a function or another program.
 */
public final class CsvCells {

    /** C0 and C1 control characters (tab, CR and LF included), DEL, and the Unicode line and paragraph separators. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\u2028\\u2029\\u0085]+");
    private static final Pattern NUMBER_OR_PHONE = Pattern.compile("[+-]?[0-9][0-9 .()+-]*");
    private static final String FORMULA_STARTS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

    private CsvCells() {
    }

    /** The text with every run of control and line-break characters replaced by one space, ends stripped. */
    public static String clean(String text) {
        return text == null ? null : CONTROL.matcher(text).replaceAll(" ").strip();
    }

    /** Whether a spreadsheet would take the (cleaned) cell for a formula. */
    public static boolean isFormula(String cleaned) {
        return cleaned != null && !cleaned.isEmpty() && FORMULA_STARTS.indexOf(cleaned.charAt(0)) >= 0
                && !NUMBER_OR_PHONE.matcher(cleaned).matches();
    }

    /** The cell as it is safe to keep or write: cleaned, and a formula turned into text. */
    public static String neutralise(String text) {
        String cleaned = clean(text);
        return isFormula(cleaned) ? "'" + cleaned : cleaned;
    }

    /** A neutralised cell as an RFC 4180 field: quoted when it holds a comma or a double quote. */
    public static String field(String text) {
        String safe = neutralise(text == null ? "" : text);
        return safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
