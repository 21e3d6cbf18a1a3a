package org.haven.testing;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail on a free port) for a test class: register it with
 * {@code @RegisterExtension static GreenMailExtension smtp = TestSmtp.server();} and point Spring
 * Mail at it from a {@code @DynamicPropertySource} with {@link #register}.
 */
public final class TestSmtp {

    private TestSmtp() {
    }

    /** One server for the whole class, accepting any sender without authentication. */
    public static GreenMailExtension server() {
        return new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
                .withPerMethodLifecycle(false);
    }

    /** Points Spring Mail at the server's port (chosen when the extension starts, before the context). */
    public static void register(DynamicPropertyRegistry registry, GreenMailExtension smtp) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }
}
