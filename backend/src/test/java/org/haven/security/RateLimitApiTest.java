package org.haven.security;

import org.haven.testing.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The rate limits on H2, Haven's single-instance default: the buckets are rows of its database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:haven-rate-limits;DB_CLOSE_DELAY=-1"
})
@Import(TestAccounts.class)
class RateLimitApiTest extends RateLimitApiTestBase {
}
