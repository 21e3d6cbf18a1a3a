package org.haven.testing;

import java.util.UUID;

import org.haven.account.AccountService;
import org.haven.account.Role;
import org.springframework.boot.test.context.TestComponent;

/** Creates accounts with unique emails, so tests sharing one database never meet each other's data. */
@TestComponent
public class TestAccounts {

    public static final String PASSWORD = "a long enough test password";

    private final AccountService accounts;

    public TestAccounts(AccountService accounts) {
        this.accounts = accounts;
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
}
