package dev.stride.adapters.redis.cache;

import dev.stride.adapters.redis.CircuitBreaker;
import dev.stride.application.testing.CacheContract;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.cache.CacheEntryId;
import dev.stride.domain.port.Cache;
import dev.stride.testsupport.RedisEndpoint;
import dev.stride.testsupport.TestRedis;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RedisCacheTest extends CacheContract {

    private static final long LOCAL_COPIES = 1 << 20;

    private static LettuceConnectionFactory factory;
    private static StringRedisTemplate redis;
    private static RedisEndpoint endpoint;
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private RedisCache cache;

    @BeforeAll
    static void connect() {
        endpoint = TestRedis.shared();
        factory = RedisConnections.factory(endpoint.host(), endpoint.port());
        redis = RedisConnections.template(factory);
    }

    @AfterAll
    static void disconnect() {
        factory.destroy();
    }

    @Override
    protected Cache cache() {
        if (cache == null) {
            cache = instance(LOCAL_COPIES);
        }
        return cache;
    }

    /** Another Stride instance on the same Redis, with room for {@code localCopies} characters of decoded JSON. */
    private RedisCache instance(long localCopies) {
        return new RedisCache(redis, endpoint.keyPrefix(), new JsonCodec(),
                new CircuitBreaker("the cache", 3, Duration.ofSeconds(1), System::nanoTime), new CacheMetrics(registry),
                new DecodedEntries(localCopies));
    }

    @Test
    void entriesExpireWithTheirTtlAndGenerationsOutliveThem() {
        CacheEntryId id = new CacheEntryId("activity", namespace, "a:7");
        String generation = cache().get(id, Activity.class).generation();
        cache().put(id, generation, ACTIVITY, Duration.ofSeconds(30));

        String entryKey = entryKey(generation, "a:7");
        assertThat(redis.getExpire(entryKey)).isBetween(1L, 30L);
        assertThat(redis.getExpire(endpoint.keyPrefix() + "c:g:" + namespace)).isGreaterThan(30L);
    }

    @Test
    void countsHitsMissesPutsAndEvictionsUnderMicrometersNames() {
        CacheEntryId id = new CacheEntryId("activity", namespace, "a:7");
        String generation = cache().get(id, Activity.class).generation();
        cache().put(id, generation, ACTIVITY, TTL);
        cache().get(id, Activity.class);
        cache().invalidate(namespace);

        assertThat(registry.get("cache.gets").tag("cache", "activity").tag("result", "miss").counter().count()).isEqualTo(1);
        assertThat(registry.get("cache.gets").tag("cache", "activity").tag("result", "hit").counter().count()).isEqualTo(1);
        assertThat(registry.get("cache.puts").tag("cache", "activity").counter().count()).isEqualTo(1);
        assertThat(registry.get("cache.evictions").counter().count()).isEqualTo(1);
    }

    @Test
    void anEntryThatNoLongerDecodesReadsAsAMiss() {
        CacheEntryId id = new CacheEntryId("activity", namespace, "a:7");
        String generation = cache().get(id, Activity.class).generation();
        redis.opsForValue().set(entryKey(generation, "a:7"), "{\"id\":\"x\"");

        assertThat(cache().get(id, Activity.class).hit()).isFalse();
    }

    @Test
    void aHitOnACopyOfTheCurrentGenerationTakesNoValueFromRedis() {
        CacheEntryId id = new CacheEntryId("activity", namespace, "a:7");
        String generation = store(id, ACTIVITY);

        Activity changedBehindItsBack = new Activity(7, 3, ACTIVITY.details(), 99, ACTIVITY.createdAt(), ACTIVITY.updatedAt(), null);
        redis.opsForValue().set(entryKey(generation, "a:7"), new JsonCodec().encode(changedBehindItsBack));

        assertThat(cache().get(id, Activity.class).value()).as("its own copy").isEqualTo(ACTIVITY);
        assertThat(instance(LOCAL_COPIES).get(id, Activity.class).value()).as("an instance without a copy")
                .isEqualTo(changedBehindItsBack);
        assertThat(instance(0).get(id, Activity.class).value()).as("an instance without room for copies")
                .isEqualTo(changedBehindItsBack);
    }

    @Test
    void aCopyIsNotServedOnceAnotherInstanceRetiredItsGeneration() {
        CacheEntryId id = new CacheEntryId("activity", namespace, "a:7");
        store(id, ACTIVITY);

        instance(LOCAL_COPIES).invalidate(namespace);

        assertThat(cache().get(id, Activity.class).hit()).isFalse();
    }

    @Test
    void aCopyIsNotServedOnceTheEntryLeftRedis() {
        CacheEntryId id = new CacheEntryId("activity", namespace, "a:7");
        String generation = store(id, ACTIVITY);

        redis.delete(entryKey(generation, "a:7")); // expired, or evicted by Redis

        assertThat(cache().get(id, Activity.class).hit()).isFalse();
    }

    /** Reads, then stores under the generation read, as a miss does; returns that generation. */
    private String store(CacheEntryId id, Activity activity) {
        String generation = cache().get(id, Activity.class).generation();
        cache().put(id, generation, activity, TTL);
        return generation;
    }

    private String entryKey(String generation, String key) {
        return endpoint.keyPrefix() + "c:e:" + namespace + ":" + generation + ":activity:" + key;
    }
}
