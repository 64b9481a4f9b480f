package dev.stride.adapters.redis.cache;

import dev.stride.adapters.redis.CircuitBreaker;
import dev.stride.application.testing.CacheContract;
import dev.stride.domain.port.Cache;
import dev.stride.testsupport.RedisClusterEndpoint;
import dev.stride.testsupport.TestRedisCluster;
import io.lettuce.core.RedisURI;
import io.lettuce.core.resource.ClientResources;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;

import java.time.Duration;

/**
 * The cache contract on a Redis Cluster, built as the application builds the cache for
 * {@code stride.cache.redis.cluster.nodes}: its own cluster connection, no tracked generations
 * (on a cluster every read asks Redis for the generation).
 */
class RedisClusterCacheContractTest extends CacheContract {

    private static final long LOCAL_COPIES = 1 << 20;

    private final RedisClusterEndpoint cluster = TestRedisCluster.shared();
    private CacheConnection connection;
    private RedisCache cache;

    @AfterEach
    void close() {
        if (connection != null) {
            connection.close();
        }
    }

    @Override
    protected Cache cache() {
        if (cache == null) {
            connection = CacheConnection.to(cluster.uris().stream().map(RedisURI::create).toList(), true,
                    Duration.ofSeconds(2), Duration.ofSeconds(2), ClientResources.create(), true);
            cache = RedisConnections.instance(connection, cluster.keyPrefix(), null, LOCAL_COPIES, System::nanoTime,
                    new SimpleMeterRegistry(), new CircuitBreaker("the cache", 3, Duration.ofSeconds(1), System::nanoTime),
                    opened -> { });
        }
        return cache;
    }
}
