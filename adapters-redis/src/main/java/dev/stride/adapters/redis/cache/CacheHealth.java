package dev.stride.adapters.redis.cache;

import dev.stride.adapters.redis.CircuitBreaker;
import dev.stride.adapters.redis.tracking.TrackedKeys;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether the cache's Redis answers, for an actuator {@code HealthIndicator} in bootstrap (the
 * {@code redisCache} component, next to the state role's {@code redis}). Degraded means reads go to
 * PostgreSQL: the service works, slower. The ping goes through the cache's own breaker, so a health
 * probe never waits on a Redis that requests already skip.
 */
public final class CacheHealth {

    private final CacheConnection redis;
    private final CircuitBreaker breaker;
    private final TrackedKeys tracking;

    CacheHealth(CacheConnection redis, CircuitBreaker breaker, TrackedKeys tracking) {
        this.redis = redis;
        this.breaker = breaker;
        this.tracking = tracking;
    }

    /** Pings the cache's Redis (through the breaker); true when it answered. */
    public boolean answers() {
        try {
            breaker.call(() -> redis.commands().ping(), e -> e);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** {@code server}, {@code tracking} (on/off) and the breaker's state, failures and last failure. */
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("server", redis.describe());
        details.put("tracking", tracking.isOn() ? "on" : "off");
        details.putAll(breaker.details());
        return details;
    }
}
