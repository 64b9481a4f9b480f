package dev.stride.bootstrap.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** The embedded servers, started at most once per JVM and stopped when it exits. */
final class EmbeddedServers {

    private static EmbeddedPostgres postgres;
    private static Integer redisPort;

    private EmbeddedServers() {
    }

    static synchronized String postgresJdbcUrl() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> quietly(started::close)));
        }
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    static synchronized int redisPort() {
        if (redisPort == null) {
            int port = freePort();
            try {
                RedisServer redis = RedisServer.newRedisServer()
                        .port(port)
                        .bind("127.0.0.1")
                        .setting("save \"\"")
                        .setting("appendonly no")
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
