package org.haven.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.HttpTest;
import org.haven.testing.RecordedMail;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@HttpTest
class RegistrationApiTest {

    @LocalServerPort
    int port;

    private static Map<String, Object> registration(String email, String password) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("password", password);
        body.put("displayName", "Sam Host");
        return body;
    }

    @Test
    void aHostSignsUpAndSignsIn() {
        String email = TestAccounts.uniqueEmail("new-host");
        ApiClient client = new ApiClient(port);

        Response created = client.postJson("/api/auth/register", registration(email, "a long pass phrase for me"));

        assertThat(created.status()).isEqualTo(202);
        assertThat(created.json().path("status").asText()).isEqualTo("CHECK_EMAIL");
        assertThat(created.body()).doesNotContain("a long pass phrase", email);
        assertThat(client.postJson("/api/auth/verify-email/" + RecordedMail.awaitToken(email, "verify-email"), Map.of())
                .status()).isEqualTo(204);
        assertThat(client.login(email, "a long pass phrase for me").status()).isEqualTo(204);
        assertThat(client.get("/api/auth/me").json().path("displayName").asText()).isEqualTo("Sam Host");
    }

    @Test
    void anyUnicodePasswordOfTwelveCharactersIsAccepted() {
        String email = TestAccounts.uniqueEmail("unicode-host");
        String dariPassword = "خانه امن برای همه";
        ApiClient client = new ApiClient(port);

        TestAccounts.signUpHost(client, email, dariPassword, "Sam Host");
        assertThat(client.login(email, dariPassword).status()).isEqualTo(204);
    }

    @Test
    void badFieldsAreExplainedFieldByFieldAndNothingIsCreated() {
        String email = TestAccounts.uniqueEmail("refused");
        ApiClient client = new ApiClient(port);

        Response shortPassword = client.postJson("/api/auth/register", registration(email, "too short"));
        Response commonPassword = client.postJson("/api/auth/register", registration(email, "QWERTY123456"));
        Response badEmail = client.postJson("/api/auth/register", registration("not-an-email", "a long pass phrase"));
        Map<String, Object> noName = registration(email, "a long pass phrase");
        noName.put("displayName", " ");
        Response blankName = client.postJson("/api/auth/register", noName);
        Map<String, Object> turnedName = registration(email, "a long pass phrase");
        turnedName.put("displayName", "Admin \u202Enimda\u202C");
        Response turned = client.postJson("/api/auth/register", turnedName);

        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(shortPassword.contentType()).startsWith("application/problem+json");
        assertThat(shortPassword.problemType()).isEqualTo("validation-failed");
        assertThat(shortPassword.fieldCode("password")).contains("password-too-short");
        assertThat(shortPassword.fieldError("password")).get().asString().contains("12");
        assertThat(commonPassword.fieldCode("password")).contains("password-common");
        assertThat(badEmail.fieldCode("email")).contains("invalid-email");
        assertThat(blankName.fieldCode("displayName")).contains("required");
        assertThat(turned.fieldCode("displayName")).contains("direction-controls");
        assertThat(client.login(email, "too short").status()).isEqualTo(401);
        assertThat(client.login(email, "QWERTY123456").status()).isEqualTo(401);
    }

    @Test
    void anEmailCanBeRegisteredOnlyOnceWhateverItsCaseWithoutTellingAnyone() {
        String email = TestAccounts.uniqueEmail("twice");
        ApiClient client = new ApiClient(port);
        TestAccounts.signUpHost(client, email, "the first long password", "Sam Host");

        Response again = client.postJson("/api/auth/register", registration(email.toUpperCase(), "the second long password"));

        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().path("status").asText()).isEqualTo("CHECK_EMAIL");
        assertThat(client.login(email, "the first long password").status()).isEqualTo(204);
        assertThat(new ApiClient(port).login(email, "the second long password").status()).isEqualTo(401);
    }

    @Test
    void aRegistrationCannotChooseItsRoleOrOtherFields() {
        String email = TestAccounts.uniqueEmail("sneaky");
        Map<String, Object> body = registration(email, "a long pass phrase here");
        body.put("role", "ADMIN");
        ApiClient client = new ApiClient(port);

        Response response = client.postJson("/api/auth/register", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldCode("role")).contains("unknown-field");
        assertThat(client.login(email, "a long pass phrase here").status()).isEqualTo(401);
    }

    @Test
    void malformedWrongTypeAndOversizeBodiesGetClearProblems() {
        ApiClient client = new ApiClient(port);

        Response malformed = client.postRaw("/api/auth/register", "application/json", "{\"email\": ");
        Response wrongType = client.postRaw("/api/auth/register", "text/plain", "email=x");
        Response oversize = client.postRaw("/api/auth/register", "application/json",
                "{\"displayName\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}");
        Response notAnObject = client.postRaw("/api/auth/register", "application/json", "[1, 2]");
        Response chunkedOversize = client.postChunked("/api/auth/register", "application/json",
                ("{\"displayName\": \"" + "y".repeat(3 * 1024 * 1024) + "\"}").getBytes());

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.problemType()).isEqualTo("malformed-request");
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.problemType()).isEqualTo("unsupported-media-type");
        assertThat(oversize.status()).isEqualTo(413);
        assertThat(oversize.problemType()).isEqualTo("payload-too-large");
        assertThat(notAnObject.status()).isEqualTo(400);
        assertThat(chunkedOversize.status()).as("a body without a length is limited too").isEqualTo(413);
        for (Response response : new Response[] { malformed, wrongType, oversize, notAnObject, chunkedOversize }) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body()).doesNotContain("Exception", "at org.", "at java.");
        }
    }
}
