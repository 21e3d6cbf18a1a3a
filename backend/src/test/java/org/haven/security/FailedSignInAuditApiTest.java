package org.haven.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.haven.account.Role;
import org.haven.testing.ApiClient;
import org.haven.testing.HttpTest;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A failed sign-in's audit event says where the attempt came from; a successful one does not need to. */
@HttpTest
class FailedSignInAuditApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFailedSignInIsAuditedWithItsSourceAddress() {
        String email = testAccounts.create(Role.HOST);
        String accountId = jdbc.queryForObject("select cast(id as varchar(36)) from account where email = ?", String.class,
                email);

        assertThat(new ApiClient(port).login(email, "not the password at all").status()).isEqualTo(401);
        assertThat(new ApiClient(port).login(email, TestAccounts.PASSWORD).status()).isEqualTo(204);

        List<String> failed = jdbc.queryForList("select details from audit_event where action = 'LOGIN_FAILED'"
                + " and cast(subject_id as varchar(36)) = ?", String.class, accountId);
        assertThat(failed).singleElement().asString().contains("\"sourceAddress\":\"127.0.0.1\"");
        List<String> succeeded = jdbc.queryForList("select coalesce(details, '') from audit_event"
                + " where action = 'LOGIN_SUCCEEDED' and cast(subject_id as varchar(36)) = ?", String.class, accountId);
        assertThat(succeeded).singleElement().asString().doesNotContain("sourceAddress");
    }

    @Test
    void aSignInWithAnUnknownEmailIsAuditedWithItsSourceAddressToo() {
        long before = jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_FAILED'"
                + " and subject_id is null and details like '%sourceAddress%'", Long.class);

        assertThat(new ApiClient(port).login(TestAccounts.uniqueEmail("nobody"), "whatever password").status())
                .isEqualTo(401);

        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_FAILED'"
                + " and subject_id is null and details like '%sourceAddress%'", Long.class)).isEqualTo(before + 1);
    }
}
