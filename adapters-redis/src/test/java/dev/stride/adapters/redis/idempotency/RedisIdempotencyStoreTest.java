package dev.stride.adapters.redis.idempotency;

import dev.stride.application.testing.IdempotencyStoreContract;
import dev.stride.domain.idempotency.IdempotencyKey;
import dev.stride.domain.idempotency.IdempotencyStoreUnavailableException;
import dev.stride.domain.idempotency.RequestFingerprint;
import dev.stride.domain.idempotency.StoredResponse;
import dev.stride.domain.port.IdempotencyStore;
import dev.stride.testsupport.DedicatedRedis;
import dev.stride.testsupport.RedisEndpoint;
import dev.stride.testsupport.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static dev.stride.adapters.redis.cache.RedisConnections.factory;
import static dev.stride.adapters.redis.cache.RedisConnections.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedisIdempotencyStoreTest extends IdempotencyStoreContract {

    private static LettuceConnectionFactory factory;
    private static StringRedisTemplate redis;
    private static RedisEndpoint endpoint;
    private RedisIdempotencyStore store;

    @BeforeAll
    static void connect() {
        endpoint = TestRedis.shared();
        factory = factory(endpoint.host(), endpoint.port(), Duration.ofSeconds(2));
        redis = template(factory);
    }

    @AfterAll
    static void disconnect() {
        factory.destroy();
    }

    @Override
    protected IdempotencyStore store() {
        if (store == null) {
            store = new RedisIdempotencyStore(redis, endpoint.keyPrefix());
        }
        return store;
    }

    /** Redis expires keys in real time. */
    @Override
    protected void letTimePass(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aRecordIsOneHashTaggedKeyPerUserWithATtlAndTheClientsKeyHashed() {
        String clientKey = "{braces} and spaces, any printable ASCII";
        IdempotencyKey key = new IdempotencyKey(user, clientKey);
        RequestFingerprint request = RequestFingerprint.of("POST", "/api/v1/activities", new byte[]{1});
        store().claim(key, request, "first", Duration.ofMinutes(1));

        Set<String> keys = redis.keys(endpoint.keyPrefix() + "i:{" + user + "}:*");
        assertThat(keys).hasSize(1);
        String recordKey = keys.iterator().next();
        assertThat(recordKey).doesNotContain(clientKey).matches(".*i:\\{" + user + "}:[0-9a-f]{64}");
        assertThat(redis.getExpire(recordKey)).isBetween(1L, 60L);

        store().complete(key, "first", new StoredResponse(201, Map.of(), new byte[0]), Duration.ofHours(24));
        assertThat(redis.getExpire(recordKey)).isBetween(24 * 3600L - 60, 24 * 3600L);
    }

    @Test
    void anUnreachableRedisIsReportedAsUnavailableWithoutHanging() {
        try (DedicatedRedis own = new DedicatedRedis().start()) {
            LettuceConnectionFactory ownFactory = factory(own.host(), own.port());
            try {
                RedisIdempotencyStore unreachable = new RedisIdempotencyStore(template(ownFactory), "t:");
                IdempotencyKey key = new IdempotencyKey(1, "k");
                RequestFingerprint request = RequestFingerprint.of("POST", "/", new byte[0]);
                unreachable.claim(key, request, "first", Duration.ofMinutes(1));
                own.stop();

                assertThatThrownBy(() -> unreachable.claim(key, request, "second", Duration.ofMinutes(1)))
                        .isInstanceOf(IdempotencyStoreUnavailableException.class);
                assertThatThrownBy(() -> unreachable.complete(key, "first",
                        new StoredResponse(201, Map.of(), new byte[0]), Duration.ofHours(1)))
                        .isInstanceOf(IdempotencyStoreUnavailableException.class);
                assertThatThrownBy(() -> unreachable.release(key, "first"))
                        .isInstanceOf(IdempotencyStoreUnavailableException.class);
            } finally {
                ownFactory.destroy();
            }
        }
    }
}
