package dev.stride.adapters.redis.cache;

import io.lettuce.core.tracing.LettuceObservationContext;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedisRoleTagTest {

    private final RedisRoleTag tag = new RedisRoleTag();

    @Test
    void theCachesCommandsAreTaggedCacheAndEveryOtherClientsState() {
        assertThat(tag.map(new LettuceObservationContext(RedisRoleTag.CACHE_SERVICE)).getLowCardinalityKeyValue("redis.role"))
                .isEqualTo(KeyValue.of("redis.role", "cache"));
        assertThat(tag.map(new LettuceObservationContext("Redis")).getLowCardinalityKeyValue("redis.role"))
                .as("Spring Boot's client: sessions, revocations, rate limits").isEqualTo(KeyValue.of("redis.role", "state"));
    }

    @Test
    void otherObservationsAreLeftAlone() {
        assertThat(tag.map(new Observation.Context()).getLowCardinalityKeyValue("redis.role")).isNull();
    }
}
