package org.haven.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What tools/backup writes for H2 is its owner's only, whatever the umask: the archive 600, and a
 * restore leaves the data folder 700 and the database 600. (The PostgreSQL dump: {@code PostgresBackupRestoreIT}.)
 */
class BackupFilePermissionsTest {

    @TempDir
    Path work;

    @Test
    void anH2BackupAndItsRestoreAreReadableByTheirOwnerOnly() throws Exception {
        Path data = Files.createDirectories(work.resolve("data"));
        Files.writeString(data.resolve("haven.mv.db"), "not a real database, just bytes to copy");
        Files.setPosixFilePermissions(data.resolve("haven.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));
        Path archive = work.resolve("haven.tar.gz");

        PackagedHaven.backupScript("h2-backup.sh", data.toString(), archive.toString());
        Path restored = work.resolve("restored");
        PackagedHaven.backupScript("h2-restore.sh", archive.toString(), restored.toString());

        assertThat(mode(archive)).isEqualTo("rw-------");
        assertThat(mode(restored)).isEqualTo("rwx------");
        assertThat(mode(restored.resolve("haven.mv.db"))).isEqualTo("rw-------");
        assertThat(Files.readString(restored.resolve("haven.mv.db"))).startsWith("not a real database");
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
