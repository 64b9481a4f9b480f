package dev.stride.application.cache;

import dev.stride.domain.cache.CacheUnavailableException;
import dev.stride.domain.port.Cache;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Invalidations that could not reach the cache. Until every one of them has been delivered, this
 * instance must not read from the cache (it could serve what they should have retired). Past
 * {@code capacity} namespaces it stops remembering names and retires every namespace instead.
 */
final class PendingInvalidations {

    private final int capacity;
    private final Set<String> namespaces = new LinkedHashSet<>();
    private boolean everything;

    PendingInvalidations(int capacity) {
        this.capacity = capacity;
    }

    synchronized void add(String namespace) {
        if (namespaces.size() >= capacity) {
            everything = true;
            namespaces.clear();
        } else if (!everything) {
            namespaces.add(namespace);
        }
    }

    synchronized boolean isEmpty() {
        return !everything && namespaces.isEmpty();
    }

    /** Tries to deliver everything pending; true when nothing is pending any more. */
    synchronized boolean deliver(Cache cache) {
        try {
            if (everything) {
                cache.invalidateAll();
                everything = false;
            }
            for (var it = namespaces.iterator(); it.hasNext(); ) {
                cache.invalidate(it.next());
                it.remove();
            }
            return true;
        } catch (CacheUnavailableException stillDown) {
            return false;
        }
    }
}
