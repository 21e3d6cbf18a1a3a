package org.haven.family;

import java.util.Locale;

/**
 * How the family text search finds a reference: by its start, in any case, with or without the
 * "F-" every reference Haven makes begins with ("7k2", "F-7K2" and "f-7k" all find F-7K2M9Q). Each
 * case stores its reference's search key ({@code family_case.reference_key}, indexed; V34 fills it
 * for the cases before it by this same rule), so the search reads an index range instead of every
 * case's reference.
 */
final class ReferenceSearch {

    private static final String USUAL_START = "F-";

    private ReferenceSearch() {
    }

    /** A reference's search key, or a typed text's: trimmed, upper-case, without a leading "F-". */
    static String keyOf(String text) {
        String key = text.strip().toUpperCase(Locale.ROOT);
        return key.startsWith(USUAL_START) ? key.substring(USUAL_START.length()) : key;
    }

    /** The LIKE pattern (escape character {@code \}) of the keys that start with the text's key. */
    static String startOf(String text) {
        return keyOf(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
