package org.haven.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;

import org.haven.HavenApplication;
import org.haven.account.Role;
import org.haven.family.FamilyApiFixtures;
import org.haven.host.HostApiFixtures;
import org.haven.placement.PlacementFixtures;
import org.haven.placement.PlacementFixtures.HostWithOffer;
import org.haven.shared.crypto.EncryptedColumns.Table;
import org.haven.testing.ApiClient;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code rotate-key} end to end: Haven writes every kind of encrypted field with the old key and
 * stops; the command re-encrypts them with a new key from a file {@code generate-key} made; every
 * stored value then opens with the new key only, the search keys follow, and Haven started with
 * the new key reads everything as it was and still finds a family by a member's name.
 */
abstract class KeyRotationTestBase {

    /** The tests' key (config/application.properties). */
    static final String OLD_KEY = "Al9mtkwb5iKwdul81Sy+D/2y59D//oshUV4AQMY/C8E=";

    @TempDir
    Path work;

    /** Command-line settings naming the database (and profile), for the app and the command alike. */
    abstract List<String> databaseArguments();

    abstract Connection connect() throws SQLException;

    /** After Haven ran on {@code data}: what the profile keeps there is readable by its owner only. */
    abstract void dataFilesAreTheOwnersOnly(Path data) throws IOException;

    @Test
    void rotationReEncryptsEveryFieldAndHavenReadsEverythingWithTheNewKey() throws Exception {
        Path newKey = work.resolve("keys").resolve("new.key");
        String caseworkerEmail;
        String familyId;
        JsonNode familyBefore;
        JsonNode offersBefore;
        String placementId;
        JsonNode placementBefore;
        try (ConfigurableApplicationContext haven = start("--haven.crypto.key=" + OLD_KEY)) {
            int port = port(haven);
            caseworkerEmail = haven.getBean(TestAccounts.class).create(Role.CASEWORKER);
            ApiClient caseworker = signIn(port, caseworkerEmail);
            HostWithOffer host = PlacementFixtures.approvedHostWithOffer(port, caseworker, Map.of());
            ApiClient otherHost = HostApiFixtures.newHost(port, "rotation-host");
            Map<String, Object> vetting = HostApiFixtures.allChecks("CHECKS_IN_PROGRESS");
            vetting.put("note", "ROTATION-VETTING-NOTE");
            assertThat(caseworker.send("PUT", "/api/hosts/" + otherHost.get("/api/auth/me").json().path("id").asText()
                    + "/vetting", vetting).status()).isEqualTo(200);
            familyId = PlacementFixtures.readyFamily(caseworker);
            placementId = caseworker.postJson("/api/matching/proposals/"
                    + PlacementFixtures.proposeByHand(caseworker, familyId, host.offerId()) + "/approve", Map.of())
                    .json().path("id").asText();
            assertThat(caseworker.postJson("/api/placements/" + placementId + "/end", Map.of("date",
                    java.time.LocalDate.now().toString(), "reason", "PLANNED", "note", "ROTATION-END-NOTE")).status())
                    .isEqualTo(200);
            String rejected = PlacementFixtures.proposeByHand(caseworker, PlacementFixtures.readyFamily(caseworker),
                    host.offerId());
            assertThat(caseworker.postJson("/api/matching/proposals/" + rejected + "/reject",
                    Map.of("reason", "ROTATION-REJECT-REASON")).status()).isEqualTo(204);
            familyBefore = caseworker.get("/api/families/" + familyId).json();
            offersBefore = host.host().get("/api/host/offers").json();
            placementBefore = caseworker.get("/api/placements/" + placementId).json();
        }
        dataFilesAreTheOwnersOnly(work.resolve("data"));

        assertThat(run("generate-key", newKey.toString())).isZero();
        assertThat(Files.getPosixFilePermissions(newKey)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        List<String> rotate = new ArrayList<>(List.of("rotate-key", "--new-key-file", newKey.toString(),
                "--haven.crypto.key=" + OLD_KEY, "--haven.data-dir=" + work.resolve("data")));
        rotate.addAll(databaseArguments());
        assertThat(run(rotate.toArray(String[]::new))).as(output).isZero();

        FieldEncryptor oldEncryptor = encryptor(OLD_KEY);
        FieldEncryptor newEncryptor = encryptor(Files.readString(newKey).strip());
        Map<String, Integer> valuesByColumn = everyStoredValueOpensWithTheNewKeyOnly(oldEncryptor, newEncryptor);
        assertThat(valuesByColumn).as("the fixture wrote each kind of field").containsKeys("family_case.notes",
                "family_case.contact_email", "family_member.first_name", "family_member.wheelchair_user",
                "offer.address", "host_vetting_event.note", "placement.end_note", "matching_proposal.decision_reason");

        try (ConfigurableApplicationContext haven = start("--haven.crypto.key=",
                "--haven.crypto.key-file=" + newKey)) {
            int port = port(haven);
            ApiClient caseworker = signIn(port, caseworkerEmail);
            JsonNode familyAfter = caseworker.get("/api/families/" + familyId).json();
            assertThat(familyAfter.path("members")).isEqualTo(familyBefore.path("members"));
            for (String field : List.of("notes", "nationality", "religion", "contactPhone", "contactEmail",
                    "locationTies", "needsLgbtqiAffirming", "needsStepFree", "petAllergy")) {
                assertThat(familyAfter.path(field)).as(field).isEqualTo(familyBefore.path(field));
            }
            assertThat(caseworker.get("/api/placements/" + placementId).json().path("endNote"))
                    .isEqualTo(placementBefore.path("endNote"));
            String name = familyBefore.path("members").get(0).path("firstName").asText();
            JsonNode found = caseworker.get("/api/families?q=" + name.toUpperCase()).json().path("items");
            assertThat(found.findValuesAsText("id")).contains(familyId);
            assertThat(offersBefore.findValuesAsText("address")).isNotEmpty();
        }
    }

    private Map<String, Integer> everyStoredValueOpensWithTheNewKeyOnly(FieldEncryptor oldKey, FieldEncryptor newKey)
            throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (Table table : EncryptedColumns.ALL) {
                for (String column : table.encrypted()) {
                    try (ResultSet rows = statement.executeQuery("SELECT " + column + " FROM " + table.name()
                            + " WHERE " + column + " IS NOT NULL")) {
                        while (rows.next()) {
                            String stored = rows.getString(1);
                            assertThat(newKey.decrypt(stored)).isNotNull();
                            assertThatThrownBy(() -> oldKey.decrypt(stored)).as(table.name() + "." + column)
                                    .isInstanceOf(IllegalStateException.class);
                            counts.merge(table.name() + "." + column, 1, Integer::sum);
                        }
                    }
                }
                for (Map.Entry<String, String> searchKey : table.searchKeys().entrySet()) {
                    try (ResultSet rows = statement.executeQuery("SELECT " + searchKey.getKey() + ", "
                            + searchKey.getValue() + " FROM " + table.name())) {
                        while (rows.next()) {
                            assertThat(rows.getString(1)).isEqualTo(newKey.searchKey(newKey.decrypt(rows.getString(2))));
                        }
                    }
                }
            }
        }
        return counts;
    }

    private ConfigurableApplicationContext start(String... keyArguments) {
        // A first admin of its own, so the start prints no one-time password into the build log.
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--haven.data-dir=" + work.resolve("data"),
                "--haven.admin.email=rotation-admin@haven.test", "--haven.admin.password=rotation admin pass phrase"));
        arguments.addAll(databaseArguments());
        arguments.addAll(List.of(keyArguments));
        return new SpringApplicationBuilder(HavenApplication.class, TestAccounts.class)
                .run(arguments.toArray(String[]::new));
    }

    private String output = "";

    private int run(String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit;
        try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            exit = KeyCommands.run(arguments, Map.of(), print, print);
        }
        output = out.toString(StandardCharsets.UTF_8);
        return exit;
    }

    private static int port(ConfigurableApplicationContext haven) {
        return Integer.parseInt(haven.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private static ApiClient signIn(int port, String email) {
        ApiClient client = new ApiClient(port);
        assertThat(client.login(email, TestAccounts.PASSWORD).status()).isEqualTo(204);
        return client;
    }

    static FieldEncryptor encryptor(String base64) {
        return new FieldEncryptor(new SecretKeySpec(Base64.getDecoder().decode(base64), "AES"));
    }

    static Connection h2(Path work) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + work.resolve("data").resolve("haven").toAbsolutePath(),
                "haven", "");
    }
}
