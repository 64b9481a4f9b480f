package dev.stride.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A real PostgreSQL for tests, picked in this order: the server named by
 * {@code STRIDE_TEST_POSTGRES_URL} (+ {@code _USER}, {@code _PASSWORD}); a Testcontainers container
 * when a Docker engine answers; the embedded zonky binaries. On it, each test JVM gets a database of
 * its own with a random name, dropped when the JVM exits.
 */
public final class TestPostgres {

    private static final Logger log = LoggerFactory.getLogger(TestPostgres.class);
    private static PostgresDatabase server;
    private static PostgresDatabase database;

    private TestPostgres() {
    }

    public static synchronized PostgresDatabase database() {
        if (database == null) {
            database = createOwnDatabase(server());
        }
        return database;
    }

    /** A further empty database on the same server, for tests that need two (for example two schemas racing). */
    public static PostgresDatabase newDatabase() {
        return createOwnDatabase(server());
    }

    private static synchronized PostgresDatabase server() {
        if (server == null) {
            server = Setting.get("postgres.url")
                    .map(url -> new PostgresDatabase(url, Setting.get("postgres.user").orElse("postgres"),
                            Setting.get("postgres.password").orElse("")))
                    .orElseGet(() -> DockerEngine.available() ? container() : embedded());
            log.info("Tests use PostgreSQL at {}", server.jdbcUrl());
        }
        return server;
    }

    @SuppressWarnings("resource") // lives as long as the JVM; Ryuk removes it
    private static PostgresDatabase container() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
        container.start();
        return new PostgresDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static PostgresDatabase embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres)));
            return new PostgresDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
    }

    private static PostgresDatabase createOwnDatabase(PostgresDatabase server) {
        String name = "stride_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(server, "CREATE DATABASE " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(server, name)));
        return new PostgresDatabase(withDatabase(server.jdbcUrl(), name), server.username(), server.password());
    }

    /** Replaces the database name in {@code jdbc:postgresql://host:port/name?params}. */
    static String withDatabase(String jdbcUrl, String name) {
        int query = jdbcUrl.indexOf('?');
        String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        String params = query < 0 ? "" : jdbcUrl.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + params;
    }

    private static void execute(PostgresDatabase server, String sql) {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run '" + sql + "' on " + server.jdbcUrl(), e);
        }
    }

    private static void dropQuietly(PostgresDatabase server, String name) {
        try {
            execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (IllegalStateException e) {
            log.warn("could not drop test database {}: {}", name, e.getMessage());
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is exiting anyway
        }
    }
}
