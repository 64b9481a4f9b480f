package dev.stride.application.testing;

import dev.stride.domain.cache.CacheEntryId;
import dev.stride.domain.cache.CacheLookup;
import dev.stride.domain.port.Cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link Cache} in maps, with the generation semantics of the Redis one. Values are stored as given (they are immutable records). */
public class InMemoryCache implements Cache {

    private final Clock clock;
    private final Map<String, String> generations = new ConcurrentHashMap<>();
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** The newest version written through per entry, across generations and epochs, like Redis' version keys. */
    private final Map<CacheEntryId, Long> versions = new ConcurrentHashMap<>();

    public InMemoryCache() {
        this(Clock.systemUTC());
    }

    public InMemoryCache(Clock clock) {
        this.clock = clock;
    }

    private record Entry(Object value, Instant expiresAt) {
    }

    @Override
    public <T> CacheLookup<T> get(CacheEntryId id, Class<T> type) {
        String generation = generations.computeIfAbsent(id.namespace(), ns -> newGeneration());
        Entry entry = entries.get(storageKey(id, generation));
        boolean live = entry != null && clock.instant().isBefore(entry.expiresAt());
        return new CacheLookup<>(generation, live ? type.cast(entry.value()) : null);
    }

    @Override
    public synchronized boolean put(CacheEntryId id, String generation, Object value, Duration ttl) {
        if (!generation.equals(generations.get(id.namespace()))) {
            return false;
        }
        entries.put(storageKey(id, generation), new Entry(value, clock.instant().plus(ttl)));
        return true;
    }

    @Override
    public synchronized void invalidate(String namespace) {
        generations.put(namespace, newGeneration());
    }

    @Override
    public synchronized boolean invalidateAndPut(CacheEntryId id, long version, Object value, Duration ttl) {
        invalidate(id.namespace());
        Long newest = versions.get(id);
        if (newest != null && newest > version) {
            return false;
        }
        versions.put(id, version);
        return value != null && put(id, generations.get(id.namespace()), value, ttl);
    }

    @Override
    public synchronized void invalidateAll() {
        generations.clear();
        entries.clear();
    }

    /** How many entries are stored, current or retired: for tests. */
    public int size() {
        return entries.size();
    }

    private static String storageKey(CacheEntryId id, String generation) {
        return id.namespace() + "|" + generation + "|" + id.cache() + "|" + id.key();
    }

    private static String newGeneration() {
        return UUID.randomUUID().toString();
    }
}
