package dev.stride.application.cache;

import dev.stride.domain.cache.CacheEntryId;
import dev.stride.domain.cache.CacheLookup;
import dev.stride.domain.cache.CacheUnavailableException;
import dev.stride.domain.port.Cache;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Cache-aside that never stores stale data and never lets the cache take the service down.
 * <ul>
 *   <li>No stale set: a read notes the namespace generation before it loads from the source, and
 *   the store succeeds only if the generation is unchanged; a write that lands in between has
 *   retired that generation, so the slow reader's old value is dropped.</li>
 *   <li>No stampede: concurrent misses on one entry in one generation share a single load in this
 *   instance.</li>
 *   <li>Cache trouble: a read that cannot reach the cache loads from the source; an invalidation
 *   that cannot reach it is kept and delivered later, and until then this instance bypasses the
 *   cache.</li>
 * </ul>
 */
public final class CacheAside {

    private final Cache cache;
    private final boolean enabled;
    private final PendingInvalidations pending;
    private final ConcurrentMap<Flight, CompletableFuture<Object>> flights = new ConcurrentHashMap<>();

    public CacheAside(Cache cache, boolean enabled, int maxPendingInvalidations) {
        this.cache = cache;
        this.enabled = enabled;
        this.pending = new PendingInvalidations(maxPendingInvalidations);
    }

    /** The cached value, or what {@code loader} returns (null means "nothing to cache"). */
    public <T> T read(CachePolicy policy, String namespace, String key, Class<T> type, Supplier<T> loader) {
        return inUse() ? readThrough(policy, namespace, key, type, loader) : loader.get();
    }

    private boolean inUse() {
        return enabled && deliverPending();
    }

    /**
     * The cached value, or what {@code loader} returns, which is not stored: for a read made to change the
     * value, whose write retires it a moment later (storing it would cost a cache call for nothing).
     */
    public <T> T peek(CachePolicy policy, String namespace, String key, Class<T> type, Supplier<T> loader) {
        if (!inUse()) {
            return loader.get();
        }
        CacheLookup<T> lookup = lookup(new CacheEntryId(policy.name(), namespace, key), type);
        return lookup != null && lookup.hit() ? lookup.value() : loader.get();
    }

    private <T> T readThrough(CachePolicy policy, String namespace, String key, Class<T> type, Supplier<T> loader) {
        CacheEntryId id = new CacheEntryId(policy.name(), namespace, key);
        CacheLookup<T> lookup = lookup(id, type);
        if (lookup == null) {
            return loader.get();
        }
        if (lookup.hit()) {
            return lookup.value();
        }
        return loadOnce(new Flight(id, lookup.generation()), () -> {
            T value = loader.get();
            if (value != null) {
                store(id, lookup.generation(), value, policy);
            }
            return value;
        });
    }

    /** The lookup, or null when the cache cannot be reached (the caller reads the source). */
    private <T> CacheLookup<T> lookup(CacheEntryId id, Class<T> type) {
        try {
            return cache.get(id, type);
        } catch (CacheUnavailableException e) {
            return null;
        }
    }

    /** Retires every entry of the namespace. Call after the write has committed, never before; returns once it may be acknowledged. */
    public void invalidate(String namespace) {
        if (!enabled) {
            return;
        }
        try {
            cache.invalidate(namespace);
            cache.settle();
        } catch (CacheUnavailableException e) {
            pending.add(namespace);
        }
    }

    /**
     * After a committed write of {@code version} of what one entry holds: retires the namespace and stores
     * {@code value} (null: nothing, it is gone) in the new generation, in one step, unless a newer version
     * came first. The value is what the write returned, so nothing is loaded. A failure is kept pending
     * like any invalidation (nothing is stored then).
     */
    public void invalidateAndPut(CachePolicy policy, String namespace, String key, long version, Object value) {
        if (!enabled) {
            return;
        }
        try {
            cache.invalidateAndPut(new CacheEntryId(policy.name(), namespace, key), version, value, policy.jitteredTtl());
            cache.settle();
        } catch (CacheUnavailableException e) {
            pending.add(namespace);
        }
    }

    /** Delivers invalidations that failed earlier; run it on a short schedule so other instances see them soon. */
    public void retryPendingInvalidations() {
        if (enabled) {
            deliverPending();
        }
    }

    private boolean deliverPending() {
        return pending.isEmpty() || pending.deliver(cache);
    }

    private void store(CacheEntryId id, String generation, Object value, CachePolicy policy) {
        try {
            cache.put(id, generation, value, policy.jitteredTtl());
        } catch (CacheUnavailableException e) {
            // the value was served from the source; caching it can wait for the next read
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T loadOnce(Flight flight, Supplier<T> load) {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = flights.putIfAbsent(flight, mine);
        if (running != null) {
            try {
                return (T) running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            T value = load.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            flights.remove(flight, mine);
        }
    }

    /** Readers join a load only within one generation, so nobody receives a value older than their own read. */
    private record Flight(CacheEntryId id, String generation) {
    }
}
