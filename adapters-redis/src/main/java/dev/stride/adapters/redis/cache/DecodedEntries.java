package dev.stride.adapters.redis.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.stride.domain.cache.CacheEntryId;

/**
 * The entries this instance decoded lately, each with the generation it belongs to, bounded by the
 * size of their JSON. A value never changes within a generation (every write starts a new one), so
 * when Redis confirms that the generation is current and the entry still there, this copy is
 * exactly what Redis holds: the value need not travel or be decoded again. Values are immutable
 * records and lists, so one copy can serve concurrent requests.
 */
final class DecodedEntries {

    private final Cache<CacheEntryId, Held> entries;

    DecodedEntries(long maxJsonChars) {
        this.entries = Caffeine.newBuilder()
                .maximumWeight(maxJsonChars)
                .weigher((CacheEntryId id, Held held) -> held.jsonChars())
                .executor(Runnable::run) // evicts on the caller's thread: the bound holds at once, and 0 keeps nothing
                .build();
    }

    /** The copy of the entry, if this instance holds one of a value of that type. */
    Held held(CacheEntryId id, Class<?> type) {
        Held held = entries.getIfPresent(id);
        return held != null && type.isInstance(held.value()) ? held : null;
    }

    void remember(CacheEntryId id, String generation, Object value, int jsonChars) {
        entries.put(id, new Held(generation, value, jsonChars));
    }

    record Held(String generation, Object value, int jsonChars) {
    }
}
