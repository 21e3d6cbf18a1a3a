package org.haven.shared.crypto;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * The key commands of the jar ({@link org.haven.HavenApplication} hands over when the first
 * argument names one); see docs/operations.md → Encryption key.
 * <ul>
 * <li>{@code generate-key FILE}: a new random key in a new file readable by its owner only.</li>
 * <li>{@code rotate-key --new-key-file FILE [--spring.profiles.active=postgres …]}: with Haven
 * stopped, re-encrypts every encrypted field from the current key (the usual settings,
 * {@code HAVEN_ENCRYPTION_KEY} or {@code HAVEN_ENCRYPTION_KEY_FILE}) to the new one (the file, or
 * {@code HAVEN_NEW_ENCRYPTION_KEY}), on the database the usual settings name (migrated first).</li>
 * </ul>
 * Exit codes: 0 done, 1 failed (nothing changed), 2 usage error.
 */
public final class KeyCommands {

    static final String GENERATE = "generate-key";
    static final String ROTATE = "rotate-key";
    static final String NEW_KEY_FILE = "--new-key-file";
    static final String NEW_KEY_VARIABLE = "HAVEN_NEW_ENCRYPTION_KEY";
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE_ERROR = 2;
    static final String USAGE = "Usage: java -jar haven.jar generate-key FILE\n"
            + "       java -jar haven.jar rotate-key --new-key-file FILE [--spring.profiles.active=postgres] "
            + "(or HAVEN_NEW_ENCRYPTION_KEY instead of the file)";

    private KeyCommands() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && (GENERATE.equals(args[0]) || ROTATE.equals(args[0]));
    }

    /** Runs the command named by {@code args[0]}; {@code environment} stands for the process's variables. */
    public static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        return GENERATE.equals(args[0]) ? generate(rest, out, err) : rotate(rest, environment, out, err);
    }

    private static int generate(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1 || args.get(0).startsWith("-")) {
            err.println(USAGE);
            return USAGE_ERROR;
        }
        Path file = Path.of(args.get(0));
        if (Files.exists(file)) {
            err.println(file + " exists already: Haven never overwrites a key.");
            return FAILED;
        }
        try {
            EncryptionKeys.writeNewKeyFile(file);
        } catch (IOException e) {
            err.println("Cannot write " + file + ": " + e);
            return FAILED;
        }
        out.println("Wrote a new field-encryption key to " + file + " (readable by its owner only).");
        return OK;
    }

    private static int rotate(List<String> args, Map<String, String> environment, PrintStream out, PrintStream err) {
        int option = args.indexOf(NEW_KEY_FILE);
        String newKeyFile = option >= 0 && option + 1 < args.size() ? args.get(option + 1) : null;
        String newKey = environment.get(NEW_KEY_VARIABLE);
        if ((newKeyFile == null) == (newKey == null || newKey.isBlank()) || option >= 0 && newKeyFile == null) {
            err.println("Name the new key once: " + NEW_KEY_FILE + " FILE or " + NEW_KEY_VARIABLE + ".");
            err.println(USAGE);
            return USAGE_ERROR;
        }
        if (option >= 0) {
            args.subList(option, option + 2).clear();
        }
        SpringApplication application = new SpringApplication(RotationContext.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setLogStartupInfo(false);
        try (ConfigurableApplicationContext context = application.run(args.toArray(String[]::new))) {
            Path dataDir = Path.of(context.getEnvironment().getRequiredProperty("haven.data-dir"));
            FieldEncryptor current = context.getBean(FieldEncryptor.class);
            FieldEncryptor next = new FieldEncryptor(newKeyFile != null
                    ? EncryptionKeys.fromFile(Path.of(newKeyFile), dataDir, NEW_KEY_FILE)
                    : EncryptionKeys.decode(newKey, NEW_KEY_VARIABLE));
            if (current.sameKeyAs(next)) {
                err.println("The new key is the current key: nothing to do.");
                return FAILED;
            }
            Map<String, Integer> counts;
            try (Connection connection = context.getBean(DataSource.class).getConnection()) {
                counts = new KeyRotation(current, next).rotate(connection);
            }
            counts.forEach((table, values) -> out.println(table + ": " + values + " values re-encrypted"));
            out.println("Done: every encrypted field is now under the new key. Start Haven with it "
                    + "(HAVEN_ENCRYPTION_KEY or HAVEN_ENCRYPTION_KEY_FILE); the old key no longer reads them.");
            return OK;
        } catch (Exception e) {
            err.println("Key rotation failed, nothing was changed: " + rootMessage(e));
            return FAILED;
        }
    }

    /** The reason to show: a key problem wherever Spring wrapped it, the rotation's own, or the deepest cause. */
    private static String rootMessage(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof EncryptionKeyException) {
                return cause.getMessage();
            }
        }
        if (e instanceof IllegalStateException) {
            return e.getMessage();
        }
        Throwable deepest = e;
        while (deepest.getCause() != null) {
            deepest = deepest.getCause();
        }
        return deepest.getMessage();
    }

    /**
     * Only what rotation needs: the database (migrated to this release first, so with every Java
     * migration of the app: Flyway refuses a database with an applied migration it cannot see) and
     * the current key. Deliberately neither {@code @Configuration} nor {@code @SpringBootConfiguration}:
     * the app's component scan and the tests' search for their configuration must never find it.
     */
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
    @Import(EncryptionConfiguration.class)
    @ComponentScan(basePackages = "org.haven", useDefaultFilters = false,
            includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = JavaMigration.class))
    static class RotationContext {
    }
}
