package dev.stride.archfixtures.adapters.web;

import dev.stride.archfixtures.adapters.redis.RedisWorkoutCache;

public final class BadReadsRedisCache {

    public boolean cached(long id) {
        return new RedisWorkoutCache().find(id).isPresent();
    }
}
