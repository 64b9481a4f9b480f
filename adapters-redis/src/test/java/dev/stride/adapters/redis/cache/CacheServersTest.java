package dev.stride.adapters.redis.cache;

import dev.stride.adapters.redis.StateServerUriTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which Redis the cache uses when it has none of its own: the state role's, when that is one server or a cluster. */
class CacheServersTest {

    private final RedisCacheProperties noServerOfItsOwn = new RedisCacheProperties(null, new RedisCacheProperties.Cluster(List.of()),
            Duration.ofMillis(250), Duration.ofMillis(500), new RedisCacheProperties.Breaker(3, Duration.ofSeconds(2)),
            DataSize.ofMegabytes(8), new RedisCacheProperties.Tracking(true, Duration.ofMillis(10)), 100);

    @Test
    void theStateRolesSingleServerIsShared() {
        CacheServers servers = CacheServers.of(noServerOfItsOwn, new DataRedisConnectionDetails() {
            @Override
            public Standalone getStandalone() {
                return Standalone.of("redis-state", 6380, 2);
            }
        });

        assertThat(servers.cluster()).isFalse();
        assertThat(servers.uris()).singleElement().satisfies(uri -> {
            assertThat(uri.getHost()).isEqualTo("redis-state");
            assertThat(uri.getPort()).isEqualTo(6380);
            assertThat(uri.getDatabase()).isEqualTo(2);
            assertThat(uri.getClientName()).isEqualTo("stride-cache");
        });
    }

    /** Not the default localhost:6379 that Spring Boot reports beside the Sentinel: start-up stops and says why. */
    @Test
    void aSentinelStateRedisIsNotSharedButRefused() {
        assertThatThrownBy(() -> CacheServers.of(noServerOfItsOwn, StateServerUriTest.sentinel()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Sentinel");
    }
}
