package dev.stride.adapters.redis.cache;

import dev.stride.adapters.redis.CircuitBreaker;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.cache.CacheEntryId;
import dev.stride.domain.cache.CacheUnavailableException;
import dev.stride.testsupport.LocalRedisCluster;
import io.lettuce.core.RedisURI;
import io.lettuce.core.resource.ClientResources;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * On a cluster an invalidation counts as done only once a replica has the new generation: a replica
 * promoted after its master died then never brings back the old generation and its entries. A
 * cluster of the test's own, because it freezes replicas.
 */
class RedisCacheReplicationTest {

    private static final Activity ACTIVITY = new Activity(7, 3,
            new ActivityDetails(ActivityType.RUNNING, "Morning run", null, 45, null, null, null, LocalDate.of(2026, 11, 20)),
            1, Instant.parse("2026-11-20T07:15:00Z"), Instant.parse("2026-11-20T08:00:00Z"), null);
    private static LocalRedisCluster cluster;
    private static CacheConnection connection;

    @BeforeAll
    static void start() {
        cluster = LocalRedisCluster.start(3, Duration.ofSeconds(5));
        connection = CacheConnection.to(cluster.nodes().stream().map(node -> RedisURI.create("redis://" + node)).toList(), true,
                Duration.ofSeconds(1), Duration.ofSeconds(1), ClientResources.create(), true);
    }

    @AfterAll
    static void stop() {
        connection.close();
        cluster.close();
    }

    @Test
    void anInvalidationNoReplicaHasIsNotAcknowledged() {
        RedisCache cache = RedisConnections.instance(connection, "replication:", null, 0, System::nanoTime,
                new SimpleMeterRegistry(), new CircuitBreaker("the cache", 3, Duration.ofSeconds(1), System::nanoTime),
                opened -> { });
        String namespace = "u:1";
        CacheEntryId id = new CacheEntryId("activity", namespace, "a:7");
        cache.put(id, cache.get(id, Activity.class).generation(), ACTIVITY, Duration.ofMinutes(1));

        Runnable resume = cluster.freezeReplicasOfMasterServing(new CacheKeys("replication:").generation(namespace));
        try {
            assertThatThrownBy(() -> cache.invalidate(namespace)).as("kept pending by the caller, and retried")
                    .isInstanceOf(CacheUnavailableException.class).hasMessageContaining("no replica");
        } finally {
            resume.run();
        }

        // the thawed replica reconnects and catches up first; until then the retry fails like the first try
        await().atMost(Duration.ofSeconds(10)).ignoreExceptionsInstanceOf(CacheUnavailableException.class)
                .untilAsserted(() -> cache.invalidate(namespace));
        assertThat(cache.get(id, Activity.class).hit()).isFalse();
    }

    @Test
    void aWriteThroughNoReplicaHasIsNotAcknowledged() {
        RedisCache cache = RedisConnections.instance(connection, "replication:", null, 0, System::nanoTime,
                new SimpleMeterRegistry(), new CircuitBreaker("the cache", 3, Duration.ofSeconds(1), System::nanoTime),
                opened -> { });
        String namespace = "u:2";
        CacheEntryId id = new CacheEntryId("activity", namespace, "a:7");

        Runnable resume = cluster.freezeReplicasOfMasterServing(new CacheKeys("replication:").generation(namespace));
        try {
            assertThatThrownBy(() -> cache.invalidateAndPut(id, 1, ACTIVITY, Duration.ofMinutes(1)))
                    .as("kept pending by the caller, and retried").isInstanceOf(CacheUnavailableException.class)
                    .hasMessageContaining("no replica");
        } finally {
            resume.run();
        }
        await().atMost(Duration.ofSeconds(10)).ignoreExceptionsInstanceOf(CacheUnavailableException.class)
                .untilAsserted(() -> cache.invalidateAndPut(id, 1, ACTIVITY, Duration.ofMinutes(1)));
        assertThat(cache.get(id, Activity.class).value()).isEqualTo(ACTIVITY);
    }
}
