package org.haven.shared;

import java.util.Locale;

/**
 * LIKE patterns for the lists' text searches ({@code q=}): the searched text's own {@code %},
 * {@code _} and {@code \} are escaped with a backslash, so a query uses {@code like :pattern escape '\'}.
 */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** The text's characters taken literally. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * "Contains this text" for a column compared in upper case ({@code upper(column) like :pattern});
     * null for a blank text (no filter).
     */
    public static String containsUpperCase(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + escape(text.strip().toUpperCase(Locale.ROOT)) + "%";
    }
}
