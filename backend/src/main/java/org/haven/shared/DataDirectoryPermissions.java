package org.haven.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Haven's data folder ({@code haven.data-dir}: the H2 database, the demo's generated key) is the
 * owner's alone: the folder 700, every file and folder in it 600 and 700. Applied before anything
 * opens the database (an environment post-processor, registered in META-INF/spring.factories),
 * which also creates the folder that way for the H2 profile, and again once Haven is ready, for
 * the files H2 has created since (their mode follows the umask, but nobody else can reach them
 * inside a 700 folder).
 */
public class DataDirectoryPermissions implements EnvironmentPostProcessor {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private final Log log;

    public DataDirectoryPermissions(DeferredLogFactory logs) {
        this.log = logs.getLog(DataDirectoryPermissions.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String dataDir = resolved(environment, "haven.data-dir");
        if (dataDir.isBlank()) {
            return;
        }
        Path folder = Path.of(dataDir);
        if (!Files.exists(folder) && resolved(environment, "spring.datasource.url").startsWith("jdbc:h2:file:")) {
            try {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
            } catch (IOException | UnsupportedOperationException e) {
                log.warn("Could not create the data folder " + folder + " for its owner only: " + e);
            }
        }
        restrict(folder);
        ApplicationListener<ApplicationReadyEvent> again = ready -> restrict(folder);
        application.addListeners(again);
    }

    /**
     * A setting as far as it can be resolved this early: a placeholder whose value arrives later
     * (the postgres profile's {@code HAVEN_DB_URL} from a test's dynamic properties) counts as unset.
     */
    private static String resolved(ConfigurableEnvironment environment, String key) {
        try {
            return environment.getProperty(key, "");
        } catch (IllegalArgumentException notYetResolvable) {
            return "";
        }
    }

    /** The folder and everything in it to the owner only; what cannot be changed is logged, not fatal. */
    void restrict(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.filter(path -> !Files.isSymbolicLink(path)).forEach(path -> {
                try {
                    Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
                } catch (IOException | UnsupportedOperationException e) {
                    log.warn("Could not make " + path + " readable by its owner only: " + e);
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            log.warn("Could not restrict the permissions in " + folder + ": " + e);
        }
    }
}
