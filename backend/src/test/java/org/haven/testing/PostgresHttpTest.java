package org.haven.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole app on a random port under the production {@code postgres} profile, on a database of
 * the shared embedded PostgreSQL server ({@link EmbeddedPostgresSupport}), driven through real
 * HTTP. Like {@link HttpTest}, the test classes share one context and so one database: each test
 * uses its own accounts and rows and counts what it added, never the whole table. A class that
 * needs an empty database adds a property of its own, e.g. its own first admin, which makes
 * another context with another database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "haven.admin.email=pg-admin@haven.test",
        "haven.admin.password=postgres admin pass phrase"
})
@ContextConfiguration(initializers = EmbeddedPostgresSupport.NewPostgresProfileDatabase.class)
@Import(TestAccounts.class)
public @interface PostgresHttpTest {
}
