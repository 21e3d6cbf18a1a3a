package org.haven.family;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.haven.shared.LikePatterns;

/**
 * "Any part of the reference, in any case" as a prefix search: a case keeps every suffix of its
 * reference in upper case (V27), and a text is found in the reference exactly when one of them
 * starts with it. An index on the suffixes serves that on H2 and PostgreSQL alike, where
 * {@code reference like '%text%'} read every case (docs/web-benchmark.md).
 */
final class ReferenceSearch {

    private ReferenceSearch() {
    }

    static String normalise(String text) {
        return text.strip().toUpperCase(Locale.ROOT);
    }

    static List<String> suffixes(String reference) {
        String normal = reference.toUpperCase(Locale.ROOT);
        return IntStream.range(0, normal.length()).mapToObj(normal::substring).toList();
    }

    /** The LIKE pattern of suffixes starting with the text ({@code like :prefix escape '\'}). */
    static String prefixPattern(String text) {
        return LikePatterns.escape(normalise(text)) + "%";
    }
}
