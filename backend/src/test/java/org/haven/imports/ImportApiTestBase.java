package org.haven.imports;

import org.haven.account.Role;
import org.haven.testing.ApiClient;
import org.haven.testing.HttpTest;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The import API tests: a caseworker of their own, signed in, and the database to check what was saved. */
@HttpTest
abstract class ImportApiTestBase {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient caseworker;

    @BeforeEach
    void signInACaseworker() {
        caseworker = new ApiClient(port);
        caseworker.login(testAccounts.create(Role.CASEWORKER), TestAccounts.PASSWORD);
    }
}
