package org.haven.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.haven.testing.ApiClient;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Members' first names at rest, the same on H2 and PostgreSQL: the raw table holds ciphertext and
 * a search key, never the name; the API reads the name back; a search for the whole name in any
 * case or spacing finds the case.
 */
public final class MemberNamesAtRest {

    private MemberNamesAtRest() {
    }

    public static void check(ApiClient caseworker, JdbcTemplate jdbc) {
        String lead = canaryName();
        String child = canaryName();
        Map<String, Object> family = FamilyApiFixtures.family();
        family.put("members", new ArrayList<>(List.of(FamilyApiFixtures.member(lead, 34, "F", "LEAD"),
                FamilyApiFixtures.member(child, 6, "M", "CHILD"))));
        String id = caseworker.postJson("/api/families", family).json().path("id").asText();

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select first_name, first_name_key from family_member where family_id = ?", UUID.fromString(id));
        assertThat(rows).hasSize(2).allSatisfy(row -> {
            assertThat(row.get("first_name").toString()).startsWith("v1:");
            assertThat(row.get("first_name_key").toString()).hasSize(44);
        });
        String everyStoredName = jdbc.queryForList("select first_name, first_name_key from family_member").toString()
                .toUpperCase(Locale.ROOT);
        assertThat(everyStoredName).doesNotContain(lead.toUpperCase(Locale.ROOT), child.toUpperCase(Locale.ROOT));

        JsonNode read = caseworker.get("/api/families/" + id).json();
        assertThat(read.path("members").findValuesAsText("firstName")).containsExactly(lead, child);
        for (String query : List.of(lead, lead.toUpperCase(Locale.ROOT), "  " + child.toLowerCase(Locale.ROOT) + " ")) {
            JsonNode found = caseworker.get("/api/families?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).json();
            assertThat(found.path("items").findValuesAsText("id")).as(query).containsExactly(id);
        }
        JsonNode part = caseworker.get("/api/families?q=" + lead.substring(0, 6)).json();
        assertThat(part.path("items").findValuesAsText("id")).as("whole names only").doesNotContain(id);
    }

    private static String canaryName() {
        Random random = new Random();
        StringBuilder name = new StringBuilder("Canary");
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }
}
