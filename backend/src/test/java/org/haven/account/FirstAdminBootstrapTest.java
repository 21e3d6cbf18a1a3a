package org.haven.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An empty database with no admin configured: the one-time password is printed once. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:haven-bootstrap;DB_CLOSE_DELAY=-1",
        "haven.admin.email=", "haven.admin.password="
})
class FirstAdminBootstrapTest {

    private static final Pattern PRINTED_PASSWORD = Pattern.compile("password: (\\S+)");

    @LocalServerPort
    int port;

    @Test
    void theFirstAdminSignsInWithThePrintedPasswordAndMustChangeIt(CapturedOutput startupLog) {
        Matcher printed = PRINTED_PASSWORD.matcher(startupLog.getOut());
        assertThat(printed.find()).as("the one-time password is in the log").isTrue();
        String oneTimePassword = printed.group(1);
        ApiClient admin = new ApiClient(port);

        assertThat(admin.login(FirstAdminBootstrap.DEFAULT_EMAIL, oneTimePassword).status()).isEqualTo(204);
        Response blocked = admin.get("/api/admin/accounts");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.problemType()).isEqualTo("password-change-required");

        admin.postJson("/api/auth/password",
                java.util.Map.of("currentPassword", oneTimePassword, "newPassword", "the admin's own pass phrase"));
        assertThat(admin.get("/api/admin/accounts").status()).isEqualTo(200);
        assertThat(startupLog.getOut()).containsOnlyOnce(oneTimePassword);
    }
}
