package org.haven.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Collectors;

import org.haven.testing.EmbeddedPostgresSupport;
import org.haven.testing.EmbeddedPostgresSupport.Database;
import org.haven.testing.PreviousRelease;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The previous release's PostgreSQL database (dumped from PostgreSQL 15 by pg_dump), loaded into
 * the test server (17) and migrated by this release under the production profile.
 */
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PreviousReleaseMigrationPostgresTest extends PreviousReleaseMigrationTestBase {

    @DynamicPropertySource
    static void previousRelease(DynamicPropertyRegistry registry) throws Exception {
        Database database = EmbeddedPostgresSupport.newDatabase();
        // psql's meta-commands (\restrict …) are not SQL; everything else is plain statements.
        String sql = snapshot(PreviousRelease.POSTGRES_SNAPSHOT).lines()
                .filter(line -> !line.startsWith("\\"))
                .collect(Collectors.joining("\n"));
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password()); Statement statement = connection.createStatement()) {
            statement.execute(sql);
            // pg_dump cleared the search path for its own statements.
            statement.execute("SET search_path TO public");
            countRows(connection, "public");
        }
        registry.add("HAVEN_DB_URL", database::jdbcUrl);
        registry.add("HAVEN_DB_USER", database::username);
        registry.add("HAVEN_DB_PASSWORD", database::password);
        registry.add("haven.crypto.key", () -> PreviousRelease.ENCRYPTION_KEY);
    }

    @Override
    protected String tableName(String lowerCase) {
        return lowerCase;
    }
}
