package dev.stride.adapters.redis.cache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Micrometer's cache meter names: {@code cache.gets{cache,result}}, {@code cache.puts}, {@code cache.evictions}.
 * Meter providers, because these count every cache call: they skip building a meter each time.
 */
final class CacheMetrics {

    private final Meter.MeterProvider<Counter> gets;
    private final Meter.MeterProvider<Counter> puts;
    private final Meter.MeterProvider<Counter> evictions;

    CacheMetrics(MeterRegistry registry) {
        gets = Counter.builder("cache.gets").description("Cache lookups").withRegistry(registry);
        puts = Counter.builder("cache.puts").description("Entries stored in the cache").withRegistry(registry);
        evictions = Counter.builder("cache.evictions").description("Cache invalidations").withRegistry(registry);
    }

    void lookedUp(String cache, boolean hit) {
        gets.withTags("cache", cache, "result", hit ? "hit" : "miss").increment();
    }

    void stored(String cache) {
        puts.withTags("cache", cache).increment();
    }

    /** {@code scope} is "namespace" when one user's entries were retired, "all" when every entry was. */
    void evicted(String scope) {
        evictions.withTags("cache", scope).increment();
    }
}
