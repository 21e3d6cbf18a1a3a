package org.haven.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.imports.ImportFixtures.OFFER_HEADER;
import static org.haven.imports.ImportFixtures.csv;
import static org.haven.imports.ImportFixtures.errors;
import static org.haven.imports.ImportFixtures.importFamilies;
import static org.haven.imports.ImportFixtures.importOffers;
import static org.haven.imports.ImportFixtures.inDays;
import static org.haven.imports.ImportFixtures.report;
import static org.haven.imports.ImportFixtures.row;

import java.nio.charset.StandardCharsets;
import com.fasterxml.jackson.databind.JsonNode;

import org.haven.account.Role;
import org.haven.host.HostApiFixtures;
import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.RecordedMail;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;

class OfferImportApiTest extends ImportApiTestBase {



    /** A row of {@link ImportFixtures#OFFER_HEADER}: a room in Leeds from next week. */
    private static String offerRow(String email, String household, String title) {
        return email + ",Amira Khan," + household + "," + title + ",ROOM_IN_HOME,14 Ash Road Leeds,LS6 3AB,,1,2,SOME,yes,"
                + inDays(7) + ",,6";
    }

    private JsonNode host(String email) {
        JsonNode page = caseworker.get("/api/hosts?q=" + email).json();
        assertThat(page.path("totalItems").asInt()).isEqualTo(1);
        return caseworker.get("/api/hosts/" + page.path("items").get(0).path("id").asText()).json();
    }

    @Test
    void aNewEmailBecomesAHostWaitingForVettingWithItsHouseholdAndAnAvailableOffer() {
        String email = TestAccounts.uniqueEmail("imported");
        JsonNode report = report(importOffers(caseworker, csv(OFFER_HEADER,
                offerRow(email, "F45;M47,m8,en;FA,yes,cat;dog,no", "Double room"),
                offerRow(email.toUpperCase(), "F30,,de,no,,no", "Box room"))));

        assertThat(report.path("imported").asInt()).isEqualTo(2);
        assertThat(report.path("importedRecords").asInt()).isEqualTo(2);
        assertThat(row(report, 2).path("key").asText()).isEqualTo(email);

        JsonNode host = host(email);
        assertThat(host.path("status").asText()).isEqualTo("APPLIED");
        assertThat(host.path("displayName").asText()).isEqualTo("Amira Khan");
        // The second row's household is not used: the host already has one, from the first row.
        assertThat(host.path("household").path("adults")).hasSize(2);
        assertThat(host.path("household").path("children").get(0).path("sex").asText()).isEqualTo("M");
        assertThat(host.path("household").path("languages")).extracting(JsonNode::asText).containsExactly("en", "fa");
        assertThat(host.path("household").path("petKinds")).extracting(JsonNode::asText).containsExactly("cat", "dog");
        assertThat(host.path("offers")).extracting(offer -> offer.path("title").asText())
                .containsExactlyInAnyOrder("Double room", "Box room");
        assertThat(host.path("offers")).allSatisfy(offer -> {
            assertThat(offer.path("status").asText()).isEqualTo("AVAILABLE");
            assertThat(offer.path("stepFree").asText()).isEqualTo("SOME");
            assertThat(offer.path("childrenWelcome").asBoolean()).isTrue();
            assertThat(offer.path("minimumStayMonths").asInt()).isEqualTo(6);
            // The offline gazetteer knows LS6 itself, not only its area's post town.
            assertThat(offer.path("locationPrecision").asText()).isEqualTo("DISTRICT");
        });

        String caseworkerId = caseworker.get("/api/auth/me").json().path("id").asText();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ACCOUNT_CREATED_HOST' "
                + "and subject_id = ? and actor_id = ?", Integer.class, java.util.UUID.fromString(host.path("id").asText()),
                java.util.UUID.fromString(caseworkerId))).isEqualTo(1);
    }

    @Test
    void anImportedHostCannotSignInWithAnyPasswordUntilTheyFollowTheEmailedInvitation() {
        String email = TestAccounts.uniqueEmail("no-password");
        report(importOffers(caseworker, csv(OFFER_HEADER, offerRow(email, "F45,,,no,,no", "Room"))));

        String hash = jdbc.queryForObject("select password_hash from account where email = ?", String.class, email);
        for (String attempt : new String[] {hash, "!no-password", TestAccounts.PASSWORD, ""}) {
            Response login = new ApiClient(port).login(email, attempt);
            assertThat(login.status()).as(attempt).isEqualTo(401);
            assertThat(login.problemType()).isEqualTo("bad-credentials");
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event e join account a on a.id = e.subject_id"
                + " where a.email = ? and e.action = 'INVITATION_SENT'", Long.class, email)).isEqualTo(1);

        ApiClient invited = new ApiClient(port);
        assertThat(invited.postJson("/api/auth/invitation/" + RecordedMail.awaitToken(email, "invitation"),
                java.util.Map.of("newPassword", "the imported host's own phrase")).status()).isEqualTo(204);
        assertThat(invited.login(email, "the imported host's own phrase").status()).isEqualTo(204);
        assertThat(invited.get("/api/auth/me").json().path("role").asText()).isEqualTo("HOST");
    }

    @Test
    void anExistingHostGetsTheOfferAndKeepsTheirOwnHousehold() {
        ApiClient host = HostApiFixtures.newHost(port, "existing");
        assertThat(host.send("PUT", "/api/host/household", HostApiFixtures.household()).status()).isEqualTo(200);
        String email = host.get("/api/auth/me").json().path("email").asText();

        JsonNode report = report(importOffers(caseworker, csv(OFFER_HEADER, offerRow(email, "M70,,uk,no,,yes", "Attic room"))));

        assertThat(row(report, 2).path("status").asText()).isEqualTo("IMPORTED");
        JsonNode own = host.get("/api/host/household").json();
        assertThat(own.path("adults")).hasSize(2);
        assertThat(own.path("smokers").asBoolean()).isFalse();
        assertThat(host.get("/api/host/offers").json()).extracting(offer -> offer.path("title").asText())
                .containsExactly("Attic room");
    }

    @Test
    void anExistingHostWithoutAHouseholdMayBeGivenOneOrNone() {
        ApiClient bare = HostApiFixtures.newHost(port, "bare");
        ApiClient described = HostApiFixtures.newHost(port, "described");
        String bareEmail = bare.get("/api/auth/me").json().path("email").asText();
        String describedEmail = described.get("/api/auth/me").json().path("email").asText();

        JsonNode report = report(importOffers(caseworker, csv(OFFER_HEADER,
                offerRow(bareEmail, ",,,no,,no", "Sofa bed"),
                offerRow(describedEmail, "F61,,fa,no,,no", "Spare room"))));

        assertThat(report.path("imported").asInt()).isEqualTo(2);
        assertThat(bare.get("/api/host/household").json().path("adults")).isEmpty();
        assertThat(described.get("/api/host/household").json().path("adults").get(0).path("age").asInt()).isEqualTo(61);
    }

    @Test
    void badRowsAreRefusedWithEveryProblemAndGoodRowsAroundThemAreKept() {
        String staff = testAccounts.create(Role.CASEWORKER);
        String good = TestAccounts.uniqueEmail("good");
        String bad = TestAccounts.uniqueEmail("bad");
        JsonNode report = report(importOffers(caseworker, csv(OFFER_HEADER,
                offerRow(good, "F45,,,no,,no", "Room"),
                bad + ",Bo,F45;17,,en;xx,yes,,no,Room,TENT,Somewhere,LS6 3AB,,two,2,,no," + inDays(7) + "," + inDays(3) + ",",
                offerRow(staff, "F45,,,no,,no", "Room"),
                "not-an-email,,M16,,,no,,no,,ROOM_IN_HOME,Somewhere,,,1,2,,no,2020-01-01,,40",
                offerRow(TestAccounts.uniqueEmail("nowhere"), "F45,,,no,,no", "Room").replace("LS6 3AB", "ZZ99 9ZZ"))));

        assertThat(report.path("imported").asInt()).isEqualTo(1);
        assertThat(report.path("refused").asInt()).isEqualTo(4);
        assertThat(row(report, 2).path("status").asText()).isEqualTo("IMPORTED");
        // Reading errors (adults, type, bedrooms) and the host module's rules on what could be read.
        assertThat(errors(row(report, 3))).containsExactlyInAnyOrder("adults invalid-format", "type invalid-value",
                "bedrooms invalid-format", "languages invalid-value", "petKinds required", "availableUntil date-before-start");
        assertThat(errors(row(report, 4))).containsExactly("hostEmail not-a-host");
        assertThat(errors(row(report, 5))).containsExactlyInAnyOrder("hostEmail invalid-email", "hostName required",
                "adults out-of-range", "title required", "postcode required", "availableFrom date-not-future",
                "minimumStayMonths out-of-range");
        assertThat(errors(row(report, 6))).containsExactly("postcode location-not-found");

        assertThat(jdbc.queryForObject("select count(*) from account where email in (?, ?)", Integer.class, bad,
                "not-an-email")).isZero();
        assertThat(caseworker.get("/api/hosts?q=" + good).json().path("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void aNewHostsNameWithInvisibleDirectionControlsIsRefusedAsOnTheSignUpForm() {
        String email = TestAccounts.uniqueEmail("override");
        // A right-to-left override would show "Amira" followed by "exe.gpj" turned round on every page.
        JsonNode report = report(importOffers(caseworker, csv(OFFER_HEADER,
                offerRow(email, "F45,,,no,,no", "Room").replace("Amira Khan", "Amira\u202Egpj.exe"))));

        assertThat(report.path("refused").asInt()).isEqualTo(1);
        assertThat(errors(row(report, 2))).containsExactly("hostName direction-controls");
        assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, email)).isZero();
    }

    @Test
    void theTemplateDownloadsAndImportsAsItIs() {
        Response template = caseworker.get("/api/import/offers/template.csv");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.contentType()).startsWith("text/csv");
        assertThat(template.body()).startsWith("\uFEFFhostEmail,hostName,adults,children,languages,hasPets,petKinds,smokers,title,");

        JsonNode report = report(importOffers(caseworker, template.body().getBytes(StandardCharsets.UTF_8)));

        assertThat(report.path("imported").asInt()).isEqualTo(1);
        assertThat(host("amira.host@example.org").path("offers")).isNotEmpty();
    }

    @Test
    void onlyCaseworkersMayImport() {
        String email = TestAccounts.uniqueEmail("refused");
        byte[] file = csv(OFFER_HEADER, offerRow(email, "F45,,,no,,no", "Room"));
        ApiClient host = HostApiFixtures.newHost(port, "host");
        ApiClient admin = testAccounts.signedIn(Role.ADMIN);
        ApiClient anonymous = new ApiClient(port);

        for (ApiClient client : new ApiClient[] {host, admin}) {
            assertThat(importOffers(client, file).status()).isEqualTo(403);
            assertThat(importFamilies(client, file).status()).isEqualTo(403);
            assertThat(client.get("/api/import/offers/template.csv").status()).isEqualTo(403);
            assertThat(client.get("/api/import/families/template.csv").status()).isEqualTo(403);
        }
        assertThat(importOffers(anonymous, file).status()).isEqualTo(401);
        assertThat(importFamilies(anonymous, file).problemType()).isEqualTo("unauthenticated");
        assertThat(anonymous.get("/api/import/families/template.csv").status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, email)).isZero();
    }

    @Test
    void uploadsUpToTenMegabytesAreReadAndLargerOnesRefused() {
        // Over the 1 MiB limit of every other endpoint: a note column of padding in a one-row file.
        String padding = "x".repeat(2 * 1024 * 1024);
        Response large = importFamilies(caseworker, csv("familyRef,urgency,firstName,relationship,notes",
                "L1,HIGH,Padded,LEAD,\"" + padding + "\""));
        assertThat(large.status()).as(large.body()).isEqualTo(200);
        assertThat(errors(row(large.json(), 2))).containsExactly("notes invalid-length");

        Response tooLarge = importFamilies(caseworker, new byte[11 * 1024 * 1024]);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.problemType()).isEqualTo("payload-too-large");

        Response elsewhere = caseworker.postRaw("/api/families", "application/json", "{\"notes\": \"" + padding + "\"}");
        assertThat(elsewhere.status()).isEqualTo(413);
    }
}
