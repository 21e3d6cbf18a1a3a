package org.haven.account;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class AccountLinksH2ApiTest extends AccountLinksApiTestBase {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:haven-links;DB_CLOSE_DELAY=-1");
        smtp(registry);
    }
}
