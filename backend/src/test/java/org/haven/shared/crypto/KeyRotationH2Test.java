package org.haven.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

/** Key rotation on the H2 file database of the default profile. */
class KeyRotationH2Test extends KeyRotationTestBase {

    @Override
    List<String> databaseArguments() {
        return List.of();
    }

    @Override
    Connection connect() throws SQLException {
        return h2(work);
    }

    /** The data folder 700 and the database file 600, whatever the umask. */
    @Override
    void dataFilesAreTheOwnersOnly(Path data) throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("haven.mv.db"))))
                .isEqualTo("rw-------");
        try (Stream<Path> files = Files.walk(data)) {
            assertThat(files.filter(Files::isRegularFile)).allSatisfy(file -> assertThat(
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                    .isEqualTo("rw-------"));
        }
    }
}
