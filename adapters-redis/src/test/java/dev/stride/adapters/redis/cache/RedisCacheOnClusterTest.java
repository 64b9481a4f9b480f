package dev.stride.adapters.redis.cache;

import dev.stride.adapters.redis.CircuitBreaker;
import dev.stride.application.testing.CacheContract;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.cache.CacheEntryId;
import dev.stride.domain.port.Cache;
import dev.stride.testsupport.RedisClusterEndpoint;
import dev.stride.testsupport.TestRedisCluster;
import io.lettuce.core.RedisURI;
import io.lettuce.core.resource.ClientResources;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The cache's contract on a real Redis Cluster (3 masters): every script's keys in one slot, epochs per slot. */
class RedisCacheOnClusterTest extends CacheContract {

    private final RedisClusterEndpoint endpoint = TestRedisCluster.shared();
    private final List<CacheConnection> connections = new ArrayList<>();
    private RedisCache cache;

    @AfterEach
    void close() {
        connections.forEach(CacheConnection::close);
    }

    @Override
    protected Cache cache() {
        if (cache == null) {
            cache = instance();
        }
        return cache;
    }

    /** A Stride instance with its own connection to the cluster; generations are not tracked on a cluster. */
    private RedisCache instance() {
        CacheConnection connection = CacheConnection.to(endpoint.uris().stream().map(RedisURI::create).toList(), true,
                Duration.ofSeconds(1), Duration.ofSeconds(1), ClientResources.create(), true);
        connections.add(connection);
        return RedisConnections.instance(connection, endpoint.keyPrefix(), null, 1 << 20, System::nanoTime,
                new SimpleMeterRegistry(), new CircuitBreaker("the cache", 3, Duration.ofSeconds(1), System::nanoTime),
                opened -> { });
    }

    @Test
    void namespacesOnEveryMasterAreRetiredTogether() {
        List<CacheEntryId> ids = new ArrayList<>();
        for (int user = 0; user < 30; user++) { // spread over the three masters' slots
            CacheEntryId id = new CacheEntryId("activity", namespace + ":" + user, "a:7");
            cache().put(id, cache().get(id, Activity.class).generation(), ACTIVITY, TTL);
            ids.add(id);
        }

        instance().invalidateAll();

        assertThat(ids).allSatisfy(id -> assertThat(cache().get(id, Activity.class).hit()).as(id.namespace()).isFalse());
    }

    @Test
    void anotherInstancesWriteIsSeenByTheNextRead() {
        CacheEntryId id = new CacheEntryId("activity", namespace, "a:7");
        cache().put(id, cache().get(id, Activity.class).generation(), ACTIVITY, TTL);
        assertThat(cache().get(id, Activity.class).hit()).isTrue();

        instance().invalidate(namespace);

        assertThat(cache().get(id, Activity.class).hit()).isFalse();
    }
}
