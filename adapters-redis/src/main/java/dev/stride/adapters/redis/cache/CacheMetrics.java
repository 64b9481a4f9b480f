package dev.stride.adapters.redis.cache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Micrometer's cache meter names: {@code cache.gets{cache,result}}, {@code cache.puts}, {@code cache.evictions}. */
final class CacheMetrics {

    private final MeterRegistry registry;

    CacheMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void lookedUp(String cache, boolean hit) {
        Counter.builder("cache.gets").tag("cache", cache).tag("result", hit ? "hit" : "miss")
                .description("Cache lookups").register(registry).increment();
    }

    void stored(String cache) {
        Counter.builder("cache.puts").tag("cache", cache).description("Entries stored in the cache")
                .register(registry).increment();
    }

    /** {@code scope} is "namespace" when one user's entries were retired, "all" when every entry was. */
    void evicted(String scope) {
        Counter.builder("cache.evictions").tag("cache", scope).description("Cache invalidations")
                .register(registry).increment();
    }
}
