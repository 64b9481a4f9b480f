package dev.stride.adapters.redis.cache;

import dev.stride.adapters.redis.CircuitBreaker;
import dev.stride.application.testing.CacheContract;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.cache.CacheEntryId;
import dev.stride.domain.port.Cache;
import dev.stride.testsupport.RedisEndpoint;
import dev.stride.testsupport.TestRedis;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.api.push.PushMessage;
import io.lettuce.core.protocol.ProtocolVersion;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class RedisCacheTest extends CacheContract {

    private static final long LOCAL_COPIES = 1 << 20;
    private static final Duration WINDOW = Duration.ofMillis(100);

    private static LettuceConnectionFactory factory;
    private static StringRedisTemplate redis;
    private static RedisEndpoint endpoint;
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    /** Stands still unless a test moves it, so nothing depends on how fast the test runs. */
    private final AtomicLong clock = new AtomicLong();
    private GenerationTracking tracking = tracking(factory);
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

    /**
     * Another Stride instance on the same Redis and connection, with room for {@code localCopies}
     * characters of decoded JSON (generations are tracked per connection).
     */
    private RedisCache instance(long localCopies) {
        return instance(redis, localCopies, tracking);
    }

    private RedisCache instance(StringRedisTemplate template, long localCopies, GenerationTracking generations) {
        return new RedisCache(template, new CacheKeys(endpoint.keyPrefix()), new JsonCodec(),
                new CircuitBreaker("the cache", 3, Duration.ofSeconds(1), System::nanoTime), new CacheMetrics(registry),
                new DecodedEntries(localCopies, clock::get), generations);
    }

    private GenerationTracking tracking(LettuceConnectionFactory connections) {
        return new GenerationTracking(() -> RedisCacheConfiguration.sharedConnection(connections),
                new CacheKeys(endpoint.keyPrefix()), WINDOW, clock::get);
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
    void aCopyIsNotServedOnceTheEntryLeftRedisAndNoReadVouchedForItsGenerationLately() {
        CacheEntryId id = new CacheEntryId("activity", namespace, "a:7");
        String generation = store(id, ACTIVITY);

        redis.delete(entryKey(generation, "a:7")); // evicted by Redis
        clock.addAndGet(WINDOW.toNanos());

        assertThat(cache().get(id, Activity.class).hit()).isFalse();
    }

    @Test
    void aCopyIsNotServedAfterTheTtlOfItsEntry() {
        awaitTracking(tracking);
        CacheEntryId id = new CacheEntryId("activity", namespace, "a:7");
        String generation = cache().get(id, Activity.class).generation();
        cache().put(id, generation, ACTIVITY, Duration.ofSeconds(30));

        redis.delete(entryKey(generation, "a:7")); // what Redis does after 30 s
        clock.addAndGet(Duration.ofSeconds(30).toNanos());
        cache().get(new CacheEntryId("activity", namespace, "a:8"), Activity.class); // a read vouches for the generation

        assertThat(cache().get(id, Activity.class).hit()).isFalse();
    }

    @Test
    void whileItsGenerationIsTrackedAHeldCopyIsServedWithoutAskingRedis() {
        awaitTracking(tracking);
        CacheEntryId id = new CacheEntryId("activity", namespace, "a:7");
        String generation = store(id, ACTIVITY);

        redis.delete(entryKey(generation, "a:7")); // Redis would say "miss", and pushes nothing for entries

        assertThat(cache().get(id, Activity.class).value()).as("served from the copy alone").isEqualTo(ACTIVITY);
        clock.addAndGet(WINDOW.toNanos());
        assertThat(cache().get(id, Activity.class).hit()).as("once no answered read is recent, Redis decides")
                .isFalse();
    }

    @Test
    void anotherInstancesWriteIsSeenByTheFirstReadAfterARoundTripOnItsConnection() {
        LettuceConnectionFactory otherConnections = RedisConnections.factory(endpoint.host(), endpoint.port());
        try {
            StringRedisTemplate otherTemplate = RedisConnections.template(otherConnections);
            GenerationTracking otherTracking = tracking(otherConnections);
            RedisCache other = instance(otherTemplate, LOCAL_COPIES, otherTracking);
            CacheEntryId id = new CacheEntryId("activity", namespace, "a:7");
            other.get(id, Activity.class); // opens the connection, and tracking on it
            awaitTracking(otherTracking);
            otherTemplate.hasKey("any");
            other.put(id, other.get(id, Activity.class).generation(), ACTIVITY, TTL);
            assertThat(otherTracking.current(namespace)).as("known there without asking Redis").isNotNull();

            cache().invalidate(namespace);
            otherTemplate.hasKey("any"); // as the revocation check of the next request does

            assertThat(other.get(id, Activity.class).hit()).isFalse();
        } finally {
            otherConnections.destroy();
        }
    }

    @Test
    void anInvalidationReachesTheInstanceWithoutAnyRequest() {
        awaitTracking(tracking);
        CacheEntryId id = new CacheEntryId("activity", namespace, "a:7");
        store(id, ACTIVITY);
        String generationKey = endpoint.keyPrefix() + "c:g:" + namespace;

        redis.opsForValue().set(generationKey, "changed-elsewhere");

        for (int attempt = 0; attempt < 200 && tracking.current(namespace) != null; attempt++) {
            sleep(10);
        }
        assertThat(cache().get(id, Activity.class).hit()).isFalse();
    }

    @Test
    void onAConnectionWithoutPushesEveryReadAsksRedis() {
        LettuceConnectionFactory resp2 = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration(endpoint.host(), endpoint.port()),
                LettuceClientConfiguration.builder()
                        .clientOptions(ClientOptions.builder().protocolVersion(ProtocolVersion.RESP2).build()).build());
        resp2.afterPropertiesSet();
        resp2.start();
        try {
            StringRedisTemplate template = RedisConnections.template(resp2);
            GenerationTracking generations = tracking(resp2);
            RedisCache instance = instance(template, LOCAL_COPIES, generations);
            CacheEntryId id = new CacheEntryId("activity", namespace, "a:7");
            String generation = instance.get(id, Activity.class).generation(); // starts switching tracking on
            template.hasKey("any");
            template.hasKey("any"); // the answers to that have arrived by now
            instance.put(id, generation, ACTIVITY, TTL);

            redis.delete(entryKey(generation, "a:7"));

            assertThat(generations.isOn()).isFalse();
            assertThat(instance.get(id, Activity.class).hit()).isFalse();
        } finally {
            resp2.destroy();
        }
    }

    @Test
    void aReadThatNeverGotAnAnswerDoesNotKeepItsNamespaceUntracked() {
        awaitTracking(tracking);
        tracking.forget(namespace);
        tracking.reading(namespace); // sent, then timed out

        CacheEntryId id = new CacheEntryId("activity", namespace, "a:7");
        String generation = store(id, ACTIVITY);
        redis.delete(entryKey(generation, "a:7"));

        assertThat(cache().get(id, Activity.class).hit()).as("served from the copy alone").isTrue();
    }

    @Test
    void aGenerationReadBeforeAnInvalidationArrivedIsNotLearned() {
        awaitTracking(tracking);
        GenerationTracking.Read read = tracking.reading(namespace);

        tracking.onPushMessage(invalidation(endpoint.keyPrefix() + "c:g:" + namespace));
        tracking.answered(read, "0.old");

        assertThat(tracking.current(namespace)).isNull();
    }

    private static PushMessage invalidation(String key) {
        return new PushMessage() {
            @Override
            public String getType() {
                return "invalidate";
            }

            @Override
            public List<Object> getContent() {
                return getContent(buffer -> buffer);
            }

            @Override
            public List<Object> getContent(Function<ByteBuffer, Object> decode) {
                return List.of(decode.apply(StandardCharsets.UTF_8.encode("invalidate")),
                        List.of(decode.apply(StandardCharsets.UTF_8.encode(key))));
            }
        };
    }

    /** Tracking is switched on asynchronously, after the first read. Bounded; asserts nothing about time. */
    private void awaitTracking(GenerationTracking generations) {
        // also gives the namespace its generation: the push for that SET would make the next read forget it again
        cache().get(new CacheEntryId("activity", namespace, "warm-up"), Activity.class);
        for (int attempt = 0; attempt < 200 && !generations.isOn(); attempt++) {
            sleep(10);
        }
        assertThat(generations.isOn()).as("Redis confirmed tracking").isTrue();
        redis.hasKey("any"); // a round trip: every push sent before it has arrived
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
