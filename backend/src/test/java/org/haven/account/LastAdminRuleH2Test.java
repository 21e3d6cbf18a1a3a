package org.haven.account;

import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class LastAdminRuleH2Test extends LastAdminRuleTestBase {

    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) {
        String url = "jdbc:h2:mem:last-admin-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        registry.add("spring.datasource.url", () -> url);
    }
}
