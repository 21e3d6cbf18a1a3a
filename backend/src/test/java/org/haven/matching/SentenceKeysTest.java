package org.haven.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every sentence key the matching code can send (docs/api.md, "Explanations in the reader's
 * language") has its sentence in each of the SPA's languages, so no explanation falls back to the
 * server's English. The keys are read from the matching sources, where each is written once as a
 * literal; H13's six are built from two choices and listed here.
 */
class SentenceKeysTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "org", "haven", "matching");
    private static final Path LOCALES = Path.of("..", "frontend", "src", "lib", "i18n", "locales");
    private static final Pattern KEY = Pattern.compile("\"((?:H|S)\\d{1,2}|TAKEN|CHANGED)\\.([a-z][A-Za-z]*)\"");
    private static final List<String> H13 = List.of("H13.onTimeOpen", "H13.onTimeEnough", "H13.onTimeShort",
            "H13.lateOpen", "H13.lateEnough", "H13.lateShort");

    static Set<String> serverKeys() throws IOException {
        Set<String> keys = new TreeSet<>(H13);
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1) + "." + matcher.group(2));
                }
            }
        }
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "uk", "fa-AF"})
    void everyKeyTheServerSendsHasASentence(String language) throws IOException {
        JsonNode explain = JsonMapper.builder().build().readTree(LOCALES.resolve(language + ".json").toFile())
                .path("matching").path("explain");
        Set<String> keys = serverKeys();
        assertThat(keys).hasSizeGreaterThan(50).contains("H1.fits", "S3.shared", "TAKEN.otherFamily", "S6.byHand");

        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            String[] parts = key.split("\\.");
            JsonNode rule = explain.path(parts[0]);
            if (!rule.path(parts[1]).isTextual() && !rule.path(parts[1] + "_other").isTextual()) {
                missing.add(key);
            }
        }
        assertThat(missing).as("sentence keys without a sentence in %s", language).isEmpty();
    }
}
