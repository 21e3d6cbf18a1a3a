package org.haven.audit;

import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class AuditLogH2Test extends AuditLogTestBase {

    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) {
        String url = "jdbc:h2:mem:audit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        registry.add("spring.datasource.url", () -> url);
    }
}
