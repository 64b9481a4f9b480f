package dev.stride.bootstrap.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * The embedded servers, started at most once per JVM (on the data directory of the first start) and
 * stopped when the JVM exits. Only loaded when their libraries are on the class path
 * ({@link EmbeddedInfrastructure} checks).
 */
final class EmbeddedServers {

    private static EmbeddedPostgres postgres;
    private static Integer redisPort;

    private EmbeddedServers() {
    }

    static synchronized String postgresJdbcUrl(EmbeddedDataDirectory data) {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(data.postgres())
                        .setCleanDataDirectory(false) // the data outlives the process: that is the point
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL on " + data.postgres(), e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> quietly(started::close)));
        }
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    static synchronized int redisPort(EmbeddedDataDirectory data) {
        if (redisPort == null) {
            int port = freePort();
            try {
                RedisServer redis = RedisServer.newRedisServer()
                        .port(port)
                        .bind("127.0.0.1")
                        // sessions and revocations survive a restart like the accounts do
                        .setting("dir \"" + data.redis() + "\"")
                        .setting("save \"\"")
                        .setting("appendonly yes")
                        .setting("appendfsync everysec")
                        // a bounded cache, as in production: least recently used keys go first
                        .setting("maxmemory 128mb")
                        .setting("maxmemory-policy allkeys-lru")
                        .build();
                redis.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> quietly(redis::stop)));
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded Redis", e);
            }
            redisPort = port;
        }
        return redisPort;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void quietly(IoAction action) {
        try {
            action.run();
        } catch (IOException ignored) {
            // the JVM is exiting anyway
        }
    }
}
