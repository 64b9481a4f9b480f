package dev.stride.adapters.redis.cache;

import dev.stride.adapters.redis.CircuitBreaker;
import dev.stride.adapters.redis.tracking.TrackedKeys;
import dev.stride.application.cache.CacheAside;
import dev.stride.application.cache.CachePolicy.WriteMode;
import dev.stride.application.cache.CachePolicy;
import dev.stride.application.testing.MutableClock;
import dev.stride.domain.cache.CacheEntryId;
import dev.stride.domain.cache.CacheUnavailableException;
import dev.stride.testsupport.DedicatedRedis;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A Redis of the test's own is frozen (SIGSTOP) or killed to show how the cache degrades. */
class RedisCacheOutageTest {

    private static final long LOCAL_COPIES = 1 << 20;

    private static final CachePolicy POLICY = new CachePolicy("activity", Duration.ofMinutes(5), 0, WriteMode.INVALIDATE);
    private static final Duration COOL_DOWN = Duration.ofMillis(300);
    private final DedicatedRedis server = new DedicatedRedis().start();
    private final CacheConnection connection = RedisConnections.connection(server.host(), server.port());
    private final MutableClock breakerClock = new MutableClock(Instant.parse("2026-11-20T07:00:00Z"));
    private final CircuitBreaker breaker = new CircuitBreaker("the cache", 3, COOL_DOWN, breakerClock::nanoTime);
    private final TrackedKeys tracking = RedisConnections.tracked("outage:");
    private final RedisCache cache = RedisConnections.instance(connection, "outage:", tracking, LOCAL_COPIES, System::nanoTime,
            new SimpleMeterRegistry(), breaker, opened -> { });
    private final CacheAside aside = new CacheAside(cache, true, 100);
    private final AtomicReference<String> row = new AtomicReference<>("v1");

    @BeforeEach
    void warm() {
        assertThat(read()).isEqualTo("v1");
        row.set("v1-not-yet-visible");
        assertThat(read()).as("served from the cache").isEqualTo("v1");
        row.set("v1");
    }

    @AfterEach
    void tearDown() {
        connection.close();
        server.close();
    }

    @Test
    void aFrozenRedisOpensTheBreakerSoRequestsStopWaitingOnIt() {
        server.pause(); // held copies are not trusted either: the fence gets no answer

        for (int i = 0; i < 3; i++) {
            assertThat(read()).isEqualTo("v1"); // each of these waits one command timeout
        }
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(() -> cache.get(new CacheEntryId("activity", "u:1", "k"), String.class))
                .isInstanceOf(CacheUnavailableException.class)
                .hasMessageContaining("Redis is skipped");
        server.resume();
    }

    @Test
    void anInvalidationLostWhileRedisWasFrozenIsNeverServedAfterwards() {
        server.pause();
        row.set("v2");
        aside.invalidate("u:1"); // cannot reach Redis: remembered
        assertThat(read()).isEqualTo("v2");

        server.resume();
        awaitBreakerClosed();

        assertThat(read()).isEqualTo("v2");
        row.set("v3-not-yet-visible");
        assertThat(read()).as("cached again once Redis is back").isEqualTo("v2");
    }

    @Test
    void aWriteThroughLostWhileRedisWasFrozenCostsTheWriterNothingAndIsNeverServedStale() {
        server.pause();
        row.set("v2");
        aside.invalidateAndPut(POLICY, "u:1", "k", 2, "v2"); // cannot reach Redis: the retirement is remembered
        assertThat(read()).isEqualTo("v2");

        server.resume();
        awaitBreakerClosed();

        assertThat(read()).as("not v1, which Redis still holds in the old generation").isEqualTo("v2");
    }

    @Test
    void readsAndWritesGoOnWhileRedisIsDownAndTheCacheRecoversWhenItIsBack() {
        server.stop();
        row.set("v2");
        aside.invalidate("u:1");
        assertThat(read()).isEqualTo("v2");

        server.start(); // empty again: no persistence
        awaitBreakerClosed();

        assertThat(read()).isEqualTo("v2");
        row.set("v3-not-yet-visible");
        assertThat(read()).isEqualTo("v2");
    }

    @Test
    void whatWasTrackedIsForgottenWithTheConnection() {
        awaitTracking();

        server.stop(); // with it go the pushes of whatever changed meanwhile
        await().until(() -> !tracking.isOn());
        row.set("v2"); // written elsewhere; its invalidation never reached this instance
        assertThat(read()).as("not from a copy whose generation nobody vouches for").isEqualTo("v2");

        server.start();
        awaitBreakerClosed();
        awaitTracking();
        row.set("v3-not-yet-visible");
        assertThat(read()).as("cached again").isEqualTo("v2");
    }

    /** Tracking is switched on asynchronously; a read after that makes the generation known. Bounded. */
    private void awaitTracking() {
        await().until(() -> {
            cache.get(new CacheEntryId("activity", "probe", "k"), String.class);
            return tracking.isOn();
        });
        assertThat(read()).isNotNull();
    }

    private String read() {
        return aside.read(POLICY, "u:1", "k", String.class, row::get);
    }

    /** Each try moves past the breaker's cool-down so that one probe may reach Redis; Lettuce reconnects in the background. */
    private void awaitBreakerClosed() {
        await("the Redis cache to recover").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .ignoreExceptionsInstanceOf(CacheUnavailableException.class).until(() -> {
                    breakerClock.advance(COOL_DOWN);
                    aside.retryPendingInvalidations();
                    cache.get(new CacheEntryId("activity", "probe", "k"), String.class);
                    return true;
                });
    }
}
