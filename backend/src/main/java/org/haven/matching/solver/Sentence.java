package org.haven.matching.solver;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A rule's sentence twice over: in English ({@code text}, what the command line, the logs and the
 * contract's {@code text} field show) and as the message {@code key} with the {@code values} it
 * needs ("H1.fits", {"people": 3, "maxGuests": 4}), so that the browser can word it in the
 * reader's language. The key picks the sentence; the browser never decides which one applies.
 * Values are numbers, ISO dates, codes (languages, enum names) and case references: never more
 * than the English text already says.
 */
public record Sentence(String text, String key, Map<String, Object> values) {

    public Sentence {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** {@code namesAndValues}: name, value, name, value... A null value is left out. */
    public static Sentence of(String key, String text, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Values come in name-value pairs");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                values.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return new Sentence(text, key, values);
    }
}
