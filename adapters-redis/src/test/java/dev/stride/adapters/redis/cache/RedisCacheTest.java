package dev.stride.adapters.redis.cache;

import dev.stride.adapters.redis.CircuitBreaker;
import dev.stride.adapters.redis.tracking.TrackedKeys;
import dev.stride.application.testing.CacheContract;
import dev.stride.application.testing.MutableClock;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.cache.CacheEntryId;
import dev.stride.domain.port.Cache;
import dev.stride.testsupport.DedicatedRedis;
import dev.stride.testsupport.RedisEndpoint;
import dev.stride.testsupport.TestRedis;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.push.PushListener;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.cluster.SlotHash;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RedisCacheTest extends CacheContract {

    private static final long LOCAL_COPIES = 1 << 20;
    /** How long a slowed push listener takes per push: the scenario's busy event loop, not a wait for anything. */
    private static final Duration SLOW_LISTENER = Duration.ofMillis(100);

    private static RedisEndpoint endpoint;
    private static RedisClient inspector;
    private static RedisCommands<String, String> redis;
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    /** The local copies' clock: stands still unless a test moves it, so nothing depends on how fast the test runs. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T07:00:00Z"));
    private final List<CacheConnection> connections = new ArrayList<>();
    private final TrackedKeys tracking = RedisConnections.tracked(endpoint.keyPrefix());
    private final CacheKeys keys = new CacheKeys(endpoint.keyPrefix());
    private RedisCache cache;

    @BeforeAll
    static void connect() {
        endpoint = TestRedis.shared();
        inspector = RedisClient.create(endpoint.uri());
        redis = inspector.connect().sync();
    }

    @AfterAll
    static void disconnect() {
        inspector.shutdown();
    }

    @AfterEach
    void close() {
        connections.forEach(CacheConnection::close);
    }

    @Override
    protected Cache cache() {
        if (cache == null) {
            cache = instance(tracking, LOCAL_COPIES, opened -> { });
        }
        return cache;
    }

    /** Another Stride instance on the same Redis, with a connection of its own; tracked unless {@code generations} is null. */
    private RedisCache instance(TrackedKeys generations, long localCopies,
                                java.util.function.Consumer<StatefulRedisConnection<String, String>> beforeTracking) {
        CacheConnection connection = RedisConnections.connection(endpoint.host(), endpoint.port());
        connections.add(connection);
        return RedisConnections.instance(connection, endpoint.keyPrefix(), generations, localCopies, clock::nanoTime, registry,
                new CircuitBreaker("the cache", 3, Duration.ofSeconds(1), System::nanoTime), beforeTracking);
    }

    @Test
    void entriesExpireWithTheirTtlAndGenerationsOutliveThem() {
        CacheEntryId id = new CacheEntryId("activity", namespace, "a:7");
        String generation = cache().get(id, Activity.class).generation();
        cache().put(id, generation, ACTIVITY, Duration.ofSeconds(30));

        assertThat(redis.ttl(entryKey(generation, "a:7"))).isBetween(1L, 30L);
        assertThat(redis.ttl(keys.generation(namespace))).isGreaterThan(30L);
    }

    @Test
    void everyKeyOfANamespaceLiesInItsHashSlotSoScriptsRunOnACluster() {
        CacheEntryId id = new CacheEntryId("activity", namespace, "a:7");
        String generation = store(id, ACTIVITY);
        int slot = SlotHash.getSlot(keys.generation(namespace));

        assertThat(List.of(keys.epoch(namespace), keys.index(namespace), entryKey(generation, "a:7"), keys.version(id)))
                .allSatisfy(key -> assertThat(SlotHash.getSlot(key)).as(key).isEqualTo(slot));
        assertThat(keys.allEpochs().stream().map(SlotHash::getSlot).distinct().count()).as("an epoch in every slot")
                .isEqualTo(SlotHash.SLOT_COUNT);
    }

    /** The abuse case: a user reads a thousand distinct entries; the namespace keeps a bounded number. */
    @Test
    void aNamespaceHoldsABoundedNumberOfEntriesHoweverManyAreRead() {
        for (int i = 0; i < 1000; i++) {
            store(new CacheEntryId("stats", namespace, "s:" + i), ACTIVITY);
        }

        List<String> entries = redis.scan(ScanArgs.Builder.matches(keys.entryPrefix(new CacheEntryId("stats", namespace, "x")) + "*")
                .limit(100_000)).getKeys();
        assertThat(entries).hasSize(64);
        assertThat(redis.zcard(keys.index(namespace))).isEqualTo(64);
        assertThat(cache().get(new CacheEntryId("stats", namespace, "s:999"), Activity.class).hit())
                .as("the latest stays").isTrue();
    }

    @Test
    void anEpochLostToEvictionRetiresItsNamespacesInsteadOfRevivingOldEntries() {
        CacheEntryId id = new CacheEntryId("activity", namespace, "a:7");
        store(id, ACTIVITY);
        cache().invalidateAll();

        redis.del(keys.epoch(namespace)); // evicted by allkeys-lru

        assertThat(instance(null, 0, opened -> { }).get(id, Activity.class).hit()).isFalse();
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
        redis.set(entryKey(generation, "a:7"), "{\"id\":\"x\"");

        assertThat(cache().get(id, Activity.class).hit()).isFalse();
    }

    @Test
    void aHitOnACopyOfTheCurrentGenerationTakesNoValueFromRedis() {
        CacheEntryId id = new CacheEntryId("activity", namespace, "a:7");
        String generation = store(id, ACTIVITY);

        Activity changedBehindItsBack = new Activity(7, 3, ACTIVITY.details(), 99, ACTIVITY.createdAt(), ACTIVITY.updatedAt(), null);
        redis.set(entryKey(generation, "a:7"), new JsonCodec().encode(changedBehindItsBack));

        assertThat(cache().get(id, Activity.class).value()).as("its own copy").isEqualTo(ACTIVITY);
        assertThat(instance(null, LOCAL_COPIES, opened -> { }).get(id, Activity.class).value()).as("an instance without a copy")
                .isEqualTo(changedBehindItsBack);
        assertThat(instance(null, 0, opened -> { }).get(id, Activity.class).value()).as("an instance without room for copies")
                .isEqualTo(changedBehindItsBack);
    }

    @Test
    void aWrittenValueIsThisInstancesCopySoTheNextReadTakesNoValueFromRedis() {
        CacheEntryId id = new CacheEntryId("activity", namespace, "a:7");
        cache().invalidateAndPut(id, 2, ACTIVITY, TTL);
        String generation = cache().get(id, Activity.class).generation();

        redis.set(entryKey(generation, "a:7"), "{\"not\": \"decoded again\"}");

        assertThat(cache().get(id, Activity.class).value()).isEqualTo(ACTIVITY);
    }

    @Test
    void anotherInstancesWriteThroughRetiresThisInstancesCopyAndServesTheWrittenValue() {
        awaitTracking();
        CacheEntryId id = new CacheEntryId("activity", namespace, "a:7");
        store(id, ACTIVITY);
        Activity written = new Activity(7, 3, ACTIVITY.details(), 3, ACTIVITY.createdAt(), ACTIVITY.updatedAt(), null);

        instance(null, LOCAL_COPIES, opened -> { }).invalidateAndPut(id, 3, written, TTL);

        assertThat(cache().get(id, Activity.class).value()).isEqualTo(written);
    }

    @Test
    void theVersionOfAWriteOutlivesTheEntriesItGuards() {
        CacheEntryId id = new CacheEntryId("activity", namespace, "a:7");

        cache().invalidateAndPut(id, 2, ACTIVITY, Duration.ofSeconds(30));

        assertThat(redis.get(keys.version(id))).isEqualTo("2");
        assertThat(redis.ttl(keys.version(id))).as("a late write may come long after the entry expired").isGreaterThan(3600L);
    }

    @Test
    void aCopyIsNotServedOnceAnotherInstanceRetiredItsGeneration() {
        CacheEntryId id = new CacheEntryId("activity", namespace, "a:7");
        store(id, ACTIVITY);

        instance(null, LOCAL_COPIES, opened -> { }).invalidate(namespace);

        assertThat(cache().get(id, Activity.class).hit()).isFalse();
    }

    @Test
    void withoutTrackingACopyIsNotServedOnceTheEntryLeftRedis() {
        RedisCache untracked = instance(null, LOCAL_COPIES, opened -> { });
        CacheEntryId id = new CacheEntryId("activity", namespace, "a:7");
        String generation = untracked.get(id, Activity.class).generation();
        untracked.put(id, generation, ACTIVITY, TTL);

        redis.del(entryKey(generation, "a:7")); // evicted by Redis

        assertThat(untracked.get(id, Activity.class).hit()).isFalse();
    }

    @Test
    void aCopyIsNotServedAfterTheTtlOfItsEntry() {
        awaitTracking();
        CacheEntryId id = new CacheEntryId("activity", namespace, "a:7");
        String generation = cache().get(id, Activity.class).generation();
        cache().put(id, generation, ACTIVITY, Duration.ofSeconds(30));

        redis.del(entryKey(generation, "a:7")); // what Redis does after 30 s
        clock.advance(Duration.ofSeconds(30));

        assertThat(cache().get(id, Activity.class).hit()).isFalse();
    }

    @Test
    void whileItsGenerationIsTrackedAHeldCopyIsServedWithoutTheScript() {
        awaitTracking();
        CacheEntryId id = new CacheEntryId("activity", namespace, "a:7");
        String generation = store(id, ACTIVITY);

        redis.del(entryKey(generation, "a:7")); // the script would say "miss"; Redis pushes nothing for entries

        assertThat(cache().get(id, Activity.class).value()).as("served from the copy, behind the fence").isEqualTo(ACTIVITY);
    }

    /**
     * The fence, with nothing else on the connection: another instance's write, then this instance's
     * very next command is the cache read. Its push listener is slowed down, as a busy event loop would
     * be, so without the fence the read would still find the old generation known and serve its copy.
     */
    @Test
    void anotherInstancesWriteIsSeenByTheVeryNextReadWithNoOtherCommandBeforeIt() {
        TrackedKeys otherTracking = RedisConnections.tracked(endpoint.keyPrefix());
        RedisCache other = instance(otherTracking, LOCAL_COPIES,
                opened -> opened.addListener((PushListener) push -> LockSupport.parkNanos(SLOW_LISTENER.toNanos())));
        CacheEntryId id = new CacheEntryId("activity", namespace, "a:7");
        storeKnown(other, otherTracking, id);

        cache().invalidate(namespace);

        assertThat(other.get(id, Activity.class).hit()).isFalse();
    }

    /** Redis is frozen after a hit: the next hit, within the lag of the last answer, needs no answer from it. */
    @Test
    void aHitWithinTheLagOfTheLastAnswerNeedsNoAnswerFromRedis() {
        try (DedicatedRedis own = new DedicatedRedis().start()) {
            CacheConnection connection = RedisConnections.connection(own.host(), own.port());
            connections.add(connection);
            TrackedKeys lagged = RedisConnections.tracked("lag:", Duration.ofMinutes(1));
            RedisCache instance = RedisConnections.instance(connection, "lag:", lagged, LOCAL_COPIES, clock::nanoTime, registry,
                    new CircuitBreaker("the cache", 3, Duration.ofSeconds(1), System::nanoTime), opened -> { });
            CacheEntryId id = new CacheEntryId("activity", namespace, "a:7");
            storeKnown(instance, lagged, id);
            own.pause();
            try {
                assertThat(instance.get(id, Activity.class).value()).isEqualTo(ACTIVITY);
            } finally {
                own.resume();
            }
        }
    }

    /**
     * The abuse case of the lag: another instance's write, then this instance's very next read within the
     * lag of its last answer, its push handling slowed down. Without the writer's wait after Redis acknowledged
     * the retirement, the read would rely on that old answer and serve the retired copy.
     */
    @Test
    void aWriteIsAcknowledgedOnlyOnceNoInstanceCanServeWhatItRetired() {
        Duration lag = Duration.ofMillis(300);
        TrackedKeys otherTracking = RedisConnections.tracked(endpoint.keyPrefix(), lag);
        AtomicBoolean slow = new AtomicBoolean();
        RedisCache other = instance(otherTracking, LOCAL_COPIES, opened -> opened.addListener((PushListener) push -> {
            if (slow.get()) {
                LockSupport.parkNanos(2 * lag.toNanos());
            }
        }));
        RedisCache writer = instance(RedisConnections.tracked(endpoint.keyPrefix(), lag), LOCAL_COPIES, opened -> { });
        CacheEntryId id = new CacheEntryId("activity", namespace, "a:7");
        storeKnown(other, otherTracking, id);
        slow.set(true);

        writer.invalidate(namespace);
        writer.settle();

        assertThat(other.get(id, Activity.class).hit()).isFalse();
    }

    @Test
    void anInvalidationReachesTheInstanceWithoutAnyRequest() {
        awaitTracking();
        CacheEntryId id = new CacheEntryId("activity", namespace, "a:7");
        store(id, ACTIVITY);

        redis.set(keys.generation(namespace), "changed-elsewhere");

        await().until(() -> tracking.known(namespace) == null);
        assertThat(cache().get(id, Activity.class).hit()).isFalse();
    }

    /**
     * Opens the instance's connection (and tracking on it), stores {@code ACTIVITY} in the namespace's
     * generation and waits until the instance knows that generation, so that its next read is a tracked hit.
     */
    private static void storeKnown(RedisCache instance, TrackedKeys tracking, CacheEntryId id) {
        instance.get(id, Activity.class);
        await().until(tracking::isOn);
        String generation = instance.get(id, Activity.class).generation();
        instance.put(id, generation, ACTIVITY, TTL);
        await().until(() -> generation.equals(tracking.known(id.namespace())));
    }

    /** Tracking is switched on asynchronously, after the first read. */
    private void awaitTracking() {
        // also gives the namespace its generation: the push for that SET would make the next read forget it again
        cache().get(new CacheEntryId("activity", namespace, "warm-up"), Activity.class);
        await().until(tracking::isOn);
    }

    /** Reads, then stores under the generation read, as a miss does; returns that generation. */
    private String store(CacheEntryId id, Activity activity) {
        String generation = cache().get(id, Activity.class).generation();
        cache().put(id, generation, activity, TTL);
        return generation;
    }

    private String entryKey(String generation, String key) {
        return keys.entryPrefix(new CacheEntryId("activity", namespace, key)) + generation + ":activity:" + key;
    }
}
