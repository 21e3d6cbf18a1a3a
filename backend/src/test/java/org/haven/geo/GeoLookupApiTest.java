package org.haven.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.haven.account.Role;
import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.HttpTest;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HttpTest
class GeoLookupApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    private static String lookup(String q) {
        return "/api/geo/lookup?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    @Test
    void onlySignedInUsersMayLookUp() {
        Response anonymous = new ApiClient(port).get(lookup("Leeds"));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.problemType()).isEqualTo("unauthenticated");
        for (Role role : Role.values()) {
            assertThat(testAccounts.signedIn(role).get(lookup("Leeds")).status()).as(role.name()).isEqualTo(200);
        }
    }

    @Test
    void aPostcodeIsAnsweredWithWhereItIsAndHowPrecisely() {
        ApiClient host = testAccounts.signedIn(Role.HOST);

        Response london = host.get(lookup(" sw1a 1aa "));
        Response leeds = host.get(lookup("LS6 3AB"));

        assertThat(london.status()).isEqualTo(200);
        assertThat(london.contentType()).startsWith("application/json");
        assertThat(london.json().path("query").asText()).isEqualTo("sw1a 1aa");
        assertThat(london.json().path("label").asText()).isEqualTo("SW1A (London)");
        assertThat(london.json().path("precision").asText()).isEqualTo("DISTRICT");
        assertThat(london.json().path("lat").asDouble()).isCloseTo(51.50, within(0.05));
        assertThat(london.json().path("lon").asDouble()).isCloseTo(-0.14, within(0.05));
        assertThat(leeds.json().path("query").asText()).isEqualTo("LS6 3AB");
        assertThat(leeds.json().path("label").asText()).isEqualTo("LS6 (Leeds)");
        assertThat(leeds.json().path("precision").asText()).as("districts everywhere, offline").isEqualTo("DISTRICT");
    }

    @Test
    void aPlaceNameIsAnsweredWithThePlace() {
        Response found = testAccounts.signedIn(Role.CASEWORKER).get(lookup("milton keynes"));

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().path("label").asText()).isEqualTo("Milton Keynes");
        assertThat(found.json().path("precision").asText()).isEqualTo("PLACE");
        assertThat(found.json().path("lat").asDouble()).isCloseTo(52.04, within(0.05));
        assertThat(found.json().path("lon").asDouble()).isCloseTo(-0.76, within(0.05));
    }

    @Test
    void somethingUnknownIsANotFoundProblem() {
        ApiClient host = testAccounts.signedIn(Role.HOST);

        for (String unknown : new String[] { "Atlantis", "ZZ99 9ZZ", "!!!" }) {
            Response response = host.get(lookup(unknown));
            assertThat(response.status()).as(unknown).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.problemType()).isEqualTo("not-found");
            assertThat(response.json().path("detail").asText()).isEqualTo("We could not find this postcode or place.");
        }
    }

    @Test
    void aBlankOrMissingQueryIsAFieldError() {
        ApiClient host = testAccounts.signedIn(Role.HOST);

        for (String path : new String[] { lookup(""), lookup("   "), "/api/geo/lookup" }) {
            Response response = host.get(path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.problemType()).isEqualTo("validation-failed");
            assertThat(response.fieldCode("q")).contains("required");
        }
    }

    @Test
    void aQueryOverAHundredCharactersIsAFieldError() {
        ApiClient host = testAccounts.signedIn(Role.HOST);

        Response tooLong = host.get(lookup("L".repeat(101)));
        Response longest = host.get(lookup("L".repeat(100)));

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.problemType()).isEqualTo("validation-failed");
        assertThat(tooLong.fieldCode("q")).contains("invalid-length");
        assertThat(longest.status()).as("100 characters are allowed").isEqualTo(404);
    }

    @Test
    void onlyGetIsAllowed() {
        ApiClient host = testAccounts.signedIn(Role.HOST);

        Response post = host.postJson(lookup("Leeds"), "{}");

        assertThat(post.status()).isEqualTo(403);
        assertThat(post.problemType()).isEqualTo("access-denied");
    }
}
