package org.haven.placement;

import org.haven.testing.EmbeddedPostgresSupport;
import org.haven.testing.EmbeddedPostgresSupport.Database;
import org.haven.testing.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link MatchableAgreementTestBase} on PostgreSQL, under the production profile. */
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "haven.admin.email=pg-matchable-admin@haven.test",
        "haven.admin.password=postgres admin pass phrase",
})
@Import(TestAccounts.class)
class MatchableAgreementPostgresApiTest extends MatchableAgreementTestBase {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Database database = EmbeddedPostgresSupport.newDatabase();
        registry.add("HAVEN_DB_URL", database::jdbcUrl);
        registry.add("HAVEN_DB_USER", database::username);
        registry.add("HAVEN_DB_PASSWORD", database::password);
    }
}
