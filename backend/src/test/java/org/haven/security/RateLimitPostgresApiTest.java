package org.haven.security;

import org.haven.testing.EmbeddedPostgresSupport;
import org.haven.testing.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The rate limits on PostgreSQL as production runs it (Bucket4j's PostgreSQL store): the same
 * tests as on H2.
 */
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
class RateLimitPostgresApiTest extends RateLimitApiTestBase {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.registerForPostgresProfile(registry);
    }
}
