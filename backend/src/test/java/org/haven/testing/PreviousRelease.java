package org.haven.testing;

/**
 * The database snapshots of the previous release (written by {@code ReleaseSnapshotIT} from that
 * release's own jar, under src/test/resources/db/previous-release) and what they were made with.
 */
public final class PreviousRelease {

    /** Classpath folder of the snapshots. */
    public static final String FOLDER = "db/previous-release/";
    /** H2's {@code SCRIPT} of the release's database, gzipped. */
    public static final String H2_SNAPSHOT = "h2.sql.gz";
    /** {@code pg_dump --inserts --no-owner --no-privileges} of the release's database, gzipped. */
    public static final String POSTGRES_SNAPSHOT = "postgres.sql.gz";
    /** The field-encryption key the snapshots' encrypted columns were written with: a test key only. */
    public static final String ENCRYPTION_KEY = "cHJldmlvdXMtcmVsZWFzZS10ZXN0LWtleS0zMmJ5dGU=";
    /** The demo accounts' password in the snapshots (HAVEN_DEMO_PASSWORD when they were written). */
    public static final String DEMO_PASSWORD = "packaged haven demo password";

    private PreviousRelease() {
    }
}
