package org.haven.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;

import org.haven.testing.PreviousRelease;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/** The previous release's H2 database, migrated by this release. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PreviousReleaseMigrationH2Test extends PreviousReleaseMigrationTestBase {

    @DynamicPropertySource
    static void previousRelease(DynamicPropertyRegistry registry) throws Exception {
        Path dataDir = Files.createTempDirectory("haven-previous-release");
        // The context, and with it the database, lives until the test JVM ends (TestRunEnd closes
        // it); deleteOnExit would leave the non-empty directory behind.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(dataDir.toFile())));
        String url = "jdbc:h2:file:" + dataDir.resolve("haven").toAbsolutePath() + ";WRITE_DELAY=0";
        Path script = dataDir.resolve("snapshot.sql");
        Files.writeString(script, snapshot(PreviousRelease.H2_SNAPSHOT));
        try (Connection connection = DriverManager.getConnection(url, "haven", "");
                Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + script.toAbsolutePath() + "'");
            countRows(connection, "PUBLIC");
        }
        registry.add("spring.datasource.url", () -> url);
        registry.add("haven.crypto.key", () -> PreviousRelease.ENCRYPTION_KEY);
        registry.add("haven.data-dir", dataDir::toString);
    }

    @Override
    protected String tableName(String lowerCase) {
        return lowerCase.toUpperCase(Locale.ROOT);
    }
}
