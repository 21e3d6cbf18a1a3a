package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.haven.testing.ApiClient;
import org.haven.testing.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The SPA's API types are generated from {@code frontend/openapi.json} (npm run api:generate), so
 * that file must be what the backend serves at {@code /v3/api-docs}: this test fails on any drift
 * and says how to refresh it. Keys are sorted and the server address (a random port) is left out,
 * so the file changes only when the API does.
 */
@HttpTest
class OpenApiSnapshotTest {

    static final Path SNAPSHOT = Path.of("..", "frontend", "openapi.json");
    static final String REFRESH = "./mvnw -q -B -pl backend -am test -Dhaven.frontend.skipTests "
            + "-Dtest=OpenApiSnapshotTest -Dsurefire.failIfNoSpecifiedTests=false -Dhaven.openapi.write=true"
            + " && (cd frontend && npm run api:generate)";

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @LocalServerPort
    int port;

    @Test
    void theCheckedInSnapshotIsWhatTheBackendServes() throws IOException {
        ApiClient.Response response = new ApiClient(port).get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        String served = normalised(response.json());

        if (Boolean.getBoolean("haven.openapi.write")) {
            Files.writeString(SNAPSHOT, served, StandardCharsets.UTF_8);
        }
        String checkedIn = Files.exists(SNAPSHOT) ? Files.readString(SNAPSHOT, StandardCharsets.UTF_8) : "";
        assertThat(checkedIn)
                .as("frontend/openapi.json differs from /v3/api-docs. Refresh it and the SPA's types with:%n%s", REFRESH)
                .isEqualTo(served);
    }

    /** Sorted keys, two-space indent, a final newline, and no servers entry (it names the test's port). */
    private static String normalised(JsonNode document) throws IOException {
        ObjectNode copy = document.deepCopy();
        copy.remove("servers");
        Object tree = JSON.treeToValue(copy, Object.class);
        return JSON.writeValueAsString(tree).replace("\r\n", "\n") + "\n";
    }
}
