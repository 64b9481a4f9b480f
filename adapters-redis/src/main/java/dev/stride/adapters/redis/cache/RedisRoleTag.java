package dev.stride.adapters.redis.cache;

import io.lettuce.core.tracing.LettuceObservationContext;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationFilter;

/**
 * Tags every Redis command observation ({@code lettuce}) with the role of the connection it went
 * through: {@code redis_role="cache"} for the cache's own client, {@code "state"} for every other
 * one (sessions, revocations, rate limits), so dashboards tell the two Redis roles apart even when
 * they share a server.
 */
final class RedisRoleTag implements ObservationFilter {

    /** The service name the cache's client reports its commands under. */
    static final String CACHE_SERVICE = "Redis cache";

    @Override
    public Observation.Context map(Observation.Context context) {
        if (context instanceof LettuceObservationContext redis) {
            redis.addLowCardinalityKeyValue(KeyValue.of("redis.role",
                    CACHE_SERVICE.equals(redis.getRemoteServiceName()) ? "cache" : "state"));
        }
        return context;
    }
}
