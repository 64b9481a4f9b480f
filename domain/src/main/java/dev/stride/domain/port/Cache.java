package dev.stride.domain.port;

import dev.stride.domain.cache.CacheEntryId;
import dev.stride.domain.cache.CacheLookup;
import dev.stride.domain.cache.CacheUnavailableException;

import java.time.Duration;

/**
 * A shared cache of values whose entries are grouped in namespaces. Each namespace has a
 * generation; invalidating a namespace starts a new generation, which makes every entry of the old
 * one unreachable at once, whatever their number. Every method may throw
 * {@link CacheUnavailableException}, and none may block for long.
 */
public interface Cache {

    /** Reads the namespace's current generation and the entry in it, as one atomic step. */
    <T> CacheLookup<T> get(CacheEntryId id, Class<T> type);

    /**
     * Stores a value only if the namespace is still at {@code generation}, atomically; a value
     * loaded before an invalidation is thereby never stored after it.
     *
     * @return whether the value was stored
     */
    boolean put(CacheEntryId id, String generation, Object value, Duration ttl);

    /** Starts a new generation of the namespace. */
    void invalidate(String namespace);

    /**
     * After a committed write of what one entry holds: starts a new generation of the namespace and, in
     * the same atomic step, stores {@code value} in it (null: stores nothing, the value is gone) — unless
     * a call for a newer {@code version} of that entry has come first. Versions are remembered across
     * generations, so calls arriving out of their commits' order never leave the older state readable.
     * Equal versions are the same state and store again.
     *
     * @param version grows with every committed change of the entry's source
     * @return whether the value was stored
     */
    boolean invalidateAndPut(CacheEntryId id, long version, Object value, Duration ttl);

    /** Starts a new generation of every namespace (after invalidations may have been lost). */
    void invalidateAll();

    /**
     * Call after this instance's invalidations for a write, before the write is acknowledged: returns once
     * no instance can serve what they retired to a read that begins afterwards. A cache whose reads may
     * rely on a slightly old answer from the shared store waits that long here; by default it returns at
     * once. Not for invalidations nobody waits for (delivering those that failed earlier).
     */
    default void settle() {
    }
}
