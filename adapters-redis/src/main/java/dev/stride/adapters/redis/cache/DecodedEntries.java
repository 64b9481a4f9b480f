package dev.stride.adapters.redis.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.stride.domain.cache.CacheEntryId;

import java.util.function.LongSupplier;

/**
 * The entries this instance decoded lately, each with the generation it belongs to and the moment
 * its Redis entry expires, bounded by the size of their JSON. A value never changes within a
 * generation (every write starts a new one), so while the generation is current and the entry
 * lives, this copy is exactly what Redis holds: the value need not travel or be decoded again.
 * Values are immutable records and lists, so one copy can serve concurrent requests.
 */
final class DecodedEntries {

    private final Cache<CacheEntryId, Held> entries;
    private final LongSupplier nanoTime;

    DecodedEntries(long maxJsonChars, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.entries = Caffeine.newBuilder()
                .maximumWeight(maxJsonChars)
                .weigher((CacheEntryId id, Held held) -> held.jsonChars())
                .executor(Runnable::run) // evicts on the caller's thread: the bound holds at once, and 0 keeps nothing
                .build();
    }

    /** The copy of the entry, if this instance holds an unexpired one of a value of that type. */
    Held held(CacheEntryId id, Class<?> type) {
        Held held = entries.getIfPresent(id);
        return held != null && type.isInstance(held.value()) && nanoTime.getAsLong() - held.expiresAt() < 0 ? held : null;
    }

    void remember(CacheEntryId id, String generation, Object value, int jsonChars, long ttlMillis) {
        entries.put(id, new Held(generation, value, jsonChars, nanoTime.getAsLong() + ttlMillis * 1_000_000));
    }

    record Held(String generation, Object value, int jsonChars, long expiresAt) {
    }
}
