package org.haven.account;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure an empty Haven can be administered without any default password: on first start
 * the first admin comes from {@code HAVEN_ADMIN_EMAIL}/{@code HAVEN_ADMIN_PASSWORD}, or gets a
 * one-time password printed once to the log that must be changed at first sign-in.
 */
@Component
@Order(100)
class FirstAdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);
    static final String DEFAULT_EMAIL = "admin@haven.local";

    private final AccountService accounts;
    private final String email;
    private final String password;

    FirstAdminBootstrap(AccountService accounts, @Value("${haven.admin.email:}") String email,
            @Value("${haven.admin.password:}") String password) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAccountExists()) {
            return;
        }
        String adminEmail = email.isBlank() ? DEFAULT_EMAIL : email;
        if (!password.isBlank()) {
            accounts.createInitial(adminEmail, "Administrator", password, Role.ADMIN, false);
            log.info("Created the first admin account {} from HAVEN_ADMIN_EMAIL/HAVEN_ADMIN_PASSWORD.", adminEmail);
            return;
        }
        String oneTimePassword = randomPassword();
        accounts.createInitial(adminEmail, "Administrator", oneTimePassword, Role.ADMIN, true);
        log.warn("""

                ================================================================
                 First start: created the admin account
                   email:    {}
                   password: {}
                 This one-time password is shown only now; Haven asks for a new
                 one at the first sign-in.
                ================================================================""", adminEmail, oneTimePassword);
    }

    static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
