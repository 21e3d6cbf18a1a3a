package org.haven.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipFile;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL 15 server for the failsafe tests that run this machine's {@code pg_dump} (Debian
 * bookworm's 15, which refuses to dump a newer server). Its binaries are the zonky jar that
 * maven-dependency-plugin copies to target/postgres-15 in pre-integration-test; the surefire tests
 * use the embedded 17 on the classpath.
 */
final class Postgres15 {

    private static final Path BINARIES = Path.of("target/postgres-15/postgres-15-binaries.jar");

    private Postgres15() {
    }

    /** Starts a new cluster in {@code dataDirectory}; close it to stop it. */
    static EmbeddedPostgres start(Path dataDirectory) throws IOException {
        assertThat(BINARIES).as("copied by maven-dependency-plugin in pre-integration-test").exists();
        return EmbeddedPostgres.builder()
                .setPgBinaryResolver(Postgres15::binaries)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(true)
                .start();
    }

    private static InputStream binaries(String system, String hardware) throws IOException {
        ZipFile jar = new ZipFile(BINARIES.toFile());
        // The resolver is asked for e.g. "Linux", "x86_64"; the jar holds postgres-linux-x86_64.txz.
        var entry = jar.getEntry(("postgres-" + system + "-" + hardware + ".txz").toLowerCase(Locale.ROOT));
        if (entry == null) {
            jar.close();
            throw new IOException("No PostgreSQL 15 binaries for " + system + "-" + hardware + " in " + BINARIES);
        }
        return jar.getInputStream(entry);
    }
}
