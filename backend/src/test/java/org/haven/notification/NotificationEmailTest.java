package org.haven.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;

import org.haven.account.AccountDirectory;
import org.haven.account.Role;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/** With SMTP configured, a notification is also emailed, after the commit and without any detail. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:haven-mail;DB_CLOSE_DELAY=-1",
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=3025",
        "haven.mail.from=haven@charity.example",
        "haven.public-url=https://haven.charity.example/"
})
@Import(TestAccounts.class)
class NotificationEmailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    NotificationService notifications;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aHostIsEmailedThatAFamilyWasProposedWithoutAnyDetailOfIt() throws Exception {
        String email = testAccounts.create(Role.HOST);
        UUID hostId = accounts.findByEmail(email).orElseThrow().id();

        transaction.executeWithoutResult(status -> notifications.notify(hostId, NotificationKind.PLACEMENT_OFFERED,
                UUID.randomUUID(), "Attic room on Canary Lane"));

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(message.getFrom()[0].toString()).isEqualTo("haven@charity.example");
        assertThat(message.getSubject()).isEqualTo("Haven: A family has been proposed for your home");
        assertThat(GreenMailUtil.getBody(message)).contains("sign in to Haven")
                .as("the sign-in link starts with HAVEN_PUBLIC_URL").contains("https://haven.charity.example")
                .doesNotContain("Canary");
    }

    @Test
    void nothingIsEmailedWhenTheChangeIsRolledBack() throws Exception {
        String email = testAccounts.create(Role.HOST);
        UUID hostId = accounts.findByEmail(email).orElseThrow().id();

        transaction.executeWithoutResult(status -> {
            notifications.notify(hostId, NotificationKind.PLACEMENT_REMINDER, UUID.randomUUID(), "Room");
            status.setRollbackOnly();
        });

        assertThat(smtp.waitForIncomingEmail(1500, 1)).isFalse();
    }
}
