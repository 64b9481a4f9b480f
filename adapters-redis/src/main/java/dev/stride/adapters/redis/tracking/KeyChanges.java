package dev.stride.adapters.redis.tracking;

/** What a change of a tracked Redis key makes this instance forget: each user of {@link TrackedKeys} knows its own layout. */
@FunctionalInterface
public interface KeyChanges {

    /** {@code redisKey}, under one of the tracked prefixes, changed, expired or was evicted. */
    void changed(String redisKey, KnownValues known);
}
