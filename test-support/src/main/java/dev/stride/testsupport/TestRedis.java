package dev.stride.testsupport;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisKeyCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.GenericContainer;

import java.net.URI;
import java.util.UUID;

/**
 * A real Redis for tests, picked in this order: the server named by {@code STRIDE_TEST_REDIS_URL}
 * (for example {@code redis://127.0.0.1:6379}); a Testcontainers container when a Docker engine
 * answers; a redis-server process of this JVM's own. The server may be shared with others, so each
 * test JVM gets a key prefix of its own and its keys are deleted when the JVM exits.
 */
public final class TestRedis {

    private static final Logger log = LoggerFactory.getLogger(TestRedis.class);
    private static RedisEndpoint shared;

    private TestRedis() {
    }

    public static synchronized RedisEndpoint shared() {
        if (shared == null) {
            String prefix = "stride-test-" + UUID.randomUUID().toString().substring(0, 8) + ":";
            shared = Setting.get("redis.url").map(url -> configured(url, prefix))
                    .orElseGet(() -> DockerEngine.available() ? container(prefix) : ownProcess(prefix));
            log.info("Tests use Redis at {} with key prefix {}", shared.uri(), prefix);
            RedisEndpoint endpoint = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteKeys(endpoint)));
        }
        return shared;
    }

    private static RedisEndpoint configured(String url, String prefix) {
        URI uri = URI.create(url);
        return new RedisEndpoint(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort(), prefix);
    }

    @SuppressWarnings("resource") // lives as long as the JVM; Ryuk removes it
    private static RedisEndpoint container(String prefix) {
        GenericContainer<?> redis = new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
        redis.start();
        return new RedisEndpoint(redis.getHost(), redis.getMappedPort(6379), prefix);
    }

    private static RedisEndpoint ownProcess(String prefix) {
        DedicatedRedis redis = new DedicatedRedis().start();
        Runtime.getRuntime().addShutdownHook(new Thread(redis::close));
        return new RedisEndpoint(redis.host(), redis.port(), prefix);
    }

    /** Leaves the shared server as it was found. SCAN is fine here: this is test clean-up, not a request path. */
    static void deleteKeys(RedisEndpoint endpoint) {
        RedisClient client = RedisClient.create(endpoint.uri());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            unlinkAll(connection.sync(), endpoint.keyPrefix());
        } catch (RuntimeException e) {
            log.warn("could not delete test keys {}*: {}", endpoint.keyPrefix(), e.getMessage());
        } finally {
            client.shutdown();
        }
    }

    /** Every key under the prefix, page by page; on a cluster connection, Lettuce's SCAN walks every master. */
    static void unlinkAll(RedisKeyCommands<String, String> redis, String keyPrefix) {
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            KeyScanCursor<String> page = redis.scan(cursor, ScanArgs.Builder.matches(keyPrefix + "*").limit(500));
            if (!page.getKeys().isEmpty()) {
                redis.unlink(page.getKeys().toArray(String[]::new));
            }
            cursor = page;
        } while (!cursor.isFinished());
    }
}
