package org.haven.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole app on a random port over an in-memory H2 database, driven through real HTTP.
 * Test classes share one context, so each test uses its own accounts (see {@link TestAccounts}).
 * The rate limits and the session cap are set high for every test (test resources
 * {@code config/application.properties}); their own tests ({@code RateLimitApiTest}) lower them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:haven-http;DB_CLOSE_DELAY=-1"
})
@Import(TestAccounts.class)
public @interface HttpTest {
}
