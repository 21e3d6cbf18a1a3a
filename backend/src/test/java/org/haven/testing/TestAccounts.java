package org.haven.testing;

import java.util.Map;
import java.util.UUID;

import org.haven.testing.ApiClient.Response;

import org.haven.account.AccountService;
import org.haven.account.Role;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/** Creates accounts with unique emails, so tests sharing one database never meet each other's data. */
@TestComponent
@Import(RecordedMail.class)
public class TestAccounts {

    public static final String PASSWORD = "a long enough test password";

    private final AccountService accounts;
    private final Environment environment;

    public TestAccounts(AccountService accounts, Environment environment) {
        this.accounts = accounts;
        this.environment = environment;
    }

    /**
     * Signs a host up through the API as a person would: the sign-up, then the link of the
     * verification email (see {@link RecordedMail}). Answers the email.
     */
    public static String signUpHost(ApiClient client, String email, String password, String displayName) {
        Response signedUp = client.postJson("/api/auth/register",
                Map.of("email", email, "password", password, "displayName", displayName));
        if (signedUp.status() != 202) {
            throw new AssertionError("Sign-up refused: " + signedUp.status() + " " + signedUp.body());
        }
        Response verified = client.postJson("/api/auth/verify-email/" + RecordedMail.awaitToken(email, "verify-email"),
                Map.of());
        if (verified.status() != 204) {
            throw new AssertionError("Verification refused: " + verified.status() + " " + verified.body());
        }
        return email;
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@haven.test";
    }

    /** A new active account of the role, signed in with {@link #PASSWORD} and no forced change. */
    public String create(Role role) {
        String email = uniqueEmail(role.name().toLowerCase());
        accounts.createInitial(email, "Test " + role.name().toLowerCase(), PASSWORD, role, false);
        return email;
    }

    /** A client of the running server (a test with a web environment), signed in as a new account of the role. */
    public ApiClient signedIn(Role role) {
        return signedInAs(create(role));
    }

    /** A client of the running server, signed in as {@code email} with {@link #PASSWORD}. */
    public ApiClient signedInAs(String email) {
        ApiClient client = new ApiClient(port());
        Response signedIn = client.login(email, PASSWORD);
        if (signedIn.status() != 204) {
            throw new AssertionError("Sign-in of " + email + " refused: " + signedIn.status() + " " + signedIn.body());
        }
        return client;
    }

    /** The port of the running server; read on use, as the server starts after the beans are made. */
    private int port() {
        return environment.getRequiredProperty("local.server.port", Integer.class);
    }
}
