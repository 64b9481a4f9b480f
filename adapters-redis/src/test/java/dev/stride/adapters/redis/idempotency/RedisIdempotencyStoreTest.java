package dev.stride.adapters.redis.idempotency;

import dev.stride.adapters.redis.RedisTopology;
import dev.stride.application.testing.IdempotencyStoreContract;
import dev.stride.domain.idempotency.IdempotencyKey;
import dev.stride.domain.idempotency.RequestFingerprint;
import dev.stride.domain.idempotency.StoredResponse;
import dev.stride.domain.port.IdempotencyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The idempotency-store contract on one Redis server and on a Redis Cluster. */
@ParameterizedClass
@EnumSource(RedisTopology.class)
class RedisIdempotencyStoreTest extends IdempotencyStoreContract {

    @Parameter
    RedisTopology topology;
    private RedisIdempotencyStore store;

    @Override
    protected IdempotencyStore store() {
        if (store == null) {
            store = new RedisIdempotencyStore(topology.template(), topology.keyPrefix());
        }
        return store;
    }

    /** Redis expires keys by its own clock. */
    @Override
    protected void letTimePass(Duration duration) {
        topology.awaitServerTimePassing(duration);
    }

    @Test
    void aRecordIsOneHashTaggedKeyPerUserWithATtlAndTheClientsKeyHashed() {
        StringRedisTemplate redis = topology.template();
        String clientKey = "{braces} and spaces, any printable ASCII";
        IdempotencyKey key = new IdempotencyKey(user, clientKey);
        store().claim(key, RequestFingerprint.of("POST", "/api/v1/activities", new byte[]{1}), "first",
                Duration.ofMinutes(1));

        Set<String> keys = redis.keys(topology.keyPrefix() + "i:{" + user + "}:*");
        assertThat(keys).hasSize(1);
        String recordKey = keys.iterator().next();
        assertThat(recordKey).doesNotContain(clientKey).matches(".*i:\\{" + user + "}:[0-9a-f]{64}");
        assertThat(redis.getExpire(recordKey)).isBetween(1L, 60L);

        store().complete(key, "first", new StoredResponse(201, Map.of(), new byte[0]), Duration.ofHours(24));
        assertThat(redis.getExpire(recordKey)).isBetween(24 * 3600L - 60, 24 * 3600L);
    }
}
