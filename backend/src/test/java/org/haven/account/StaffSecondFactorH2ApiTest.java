package org.haven.account;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class StaffSecondFactorH2ApiTest extends StaffSecondFactorApiTestBase {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:haven-second-factor;DB_CLOSE_DELAY=-1");
        smtp(registry);
    }
}
