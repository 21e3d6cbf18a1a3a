package org.haven.account;

import org.haven.testing.EmbeddedPostgresSupport;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class StaffSecondFactorPostgresApiTest extends StaffSecondFactorApiTestBase {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry);
        smtp(registry);
    }
}
