package dev.stride.adapters.redis.idempotency;

import dev.stride.domain.idempotency.IdempotencyKey;
import dev.stride.domain.idempotency.IdempotencyStoreUnavailableException;
import dev.stride.domain.idempotency.RequestFingerprint;
import dev.stride.domain.idempotency.StoredResponse;
import dev.stride.testsupport.DedicatedRedis;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedisIdempotencyStoreOutageTest {

    @Test
    void anUnreachableRedisIsReportedAsUnavailableWithoutHanging() {
        try (DedicatedRedis own = new DedicatedRedis().start()) {
            LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration(own.host(), own.port()),
                    LettuceClientConfiguration.builder().commandTimeout(Duration.ofMillis(250)).build());
            factory.afterPropertiesSet();
            factory.start();
            try {
                StringRedisTemplate template = new StringRedisTemplate(factory);
                template.afterPropertiesSet();
                RedisIdempotencyStore unreachable = new RedisIdempotencyStore(template, "t:");
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
                factory.destroy();
            }
        }
    }
}
