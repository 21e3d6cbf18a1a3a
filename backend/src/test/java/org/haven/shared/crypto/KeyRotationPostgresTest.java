package org.haven.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import org.haven.testing.EmbeddedPostgresSupport;
import org.haven.testing.EmbeddedPostgresSupport.Database;

/** Key rotation on PostgreSQL under the production profile. */
class KeyRotationPostgresTest extends KeyRotationTestBase {

    private final Database database = EmbeddedPostgresSupport.newDatabase();

    @Override
    List<String> databaseArguments() {
        return List.of("--spring.profiles.active=postgres", "--HAVEN_DB_URL=" + database.jdbcUrl(),
                "--HAVEN_DB_USER=" + database.username(), "--HAVEN_DB_PASSWORD=" + database.password());
    }

    /** PostgreSQL keeps the data in its own server; Haven writes nothing into its data folder here. */
    @Override
    void dataFilesAreTheOwnersOnly(Path data) {
        assertThat(data).doesNotExist();
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }
}
