package dev.stride.adapters.redis.cache;

import dev.stride.adapters.redis.CircuitBreaker;
import dev.stride.adapters.redis.tracking.TrackedKeys;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.resource.ClientResources;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/** Cache instances as the application builds them: their own connection, a short command timeout. */
final class RedisConnections {

    /** Generous: a busy test machine must not turn a slow answer into a failure (the outage tests freeze Redis instead). */
    static final Duration TIMEOUT = Duration.ofSeconds(1);

    private RedisConnections() {
    }

    /** Every hit waits for a fence sent after it began (no lag). */
    static TrackedKeys tracked(String keyPrefix) {
        return tracked(keyPrefix, Duration.ZERO);
    }

    static TrackedKeys tracked(String keyPrefix, Duration lag) {
        return new CacheKeys(keyPrefix).trackedGenerations(TIMEOUT, lag, System::nanoTime);
    }

    static CacheConnection connection(String host, int port) {
        return CacheConnection.to(List.of(RedisURI.create(host, port)), false, TIMEOUT, TIMEOUT,
                ClientResources.create(), true);
    }

    /**
     * A Stride instance's cache on {@code connection}, tracking generations on it unless {@code generations} is null;
     * {@code beforeTracking} sees the connection first (a test's own push listener, for instance).
     */
    static RedisCache instance(CacheConnection connection, String keyPrefix, TrackedKeys generations, long localCopies,
                               LongSupplier copiesClock, MeterRegistry registry, CircuitBreaker breaker,
                               Consumer<StatefulRedisConnection<String, String>> beforeTracking) {
        CacheKeys keys = new CacheKeys(keyPrefix);
        if (generations != null) {
            connection.onFirstConnect(opened -> {
                beforeTracking.accept(opened);
                generations.follow(opened);
            });
        }
        return new RedisCache(connection, keys, new JsonCodec(), breaker, new CacheMetrics(registry),
                new DecodedEntries(localCopies, copiesClock), generations == null ? TrackedKeys.off() : generations, 64);
    }
}
