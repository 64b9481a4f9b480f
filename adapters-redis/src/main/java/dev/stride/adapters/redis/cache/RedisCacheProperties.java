package dev.stride.adapters.redis.cache;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.List;

/**
 * How the cache talks to its Redis ({@code stride.cache.redis.*}). The cache has a Redis role of its
 * own: {@code url} or {@code cluster.nodes} when set, else the state Redis of {@code spring.data.redis.*};
 * either way its own connection, timeouts and breaker, so that its trouble never reaches logins or limits.
 *
 * @param url                    a Redis of the cache's own ({@code redis://[user:password@]host:port[/db]}, {@code rediss://} for TLS)
 * @param cluster                a Redis Cluster of the cache's own
 * @param timeout                longest a cache command may take before the request reads PostgreSQL instead
 * @param connectTimeout         longest a connection attempt may take
 * @param breaker                when to stop calling a failing cache Redis, and for how long
 * @param localCopiesSize        JSON size of the decoded values each instance keeps ({@link DecodedEntries}); 0: none
 * @param tracking               client-side tracking of generations (a single server only)
 * @param maxEntriesPerNamespace most live entries one user's namespace holds in Redis, whatever they request
 */
@ConfigurationProperties("stride.cache.redis")
record RedisCacheProperties(
        String url,
        @DefaultValue Cluster cluster,
        @DefaultValue("250ms") Duration timeout,
        @DefaultValue("500ms") Duration connectTimeout,
        @DefaultValue Breaker breaker,
        @DefaultValue("16MB") DataSize localCopiesSize,
        @DefaultValue Tracking tracking,
        @DefaultValue("100") int maxEntriesPerNamespace) {

    RedisCacheProperties {
        if (maxEntriesPerNamespace < 1) {
            throw new IllegalArgumentException("stride.cache.redis.max-entries-per-namespace must be at least 1");
        }
    }

    /** @param nodes {@code host:port} of some of the cluster's nodes; empty: no cluster of the cache's own */
    record Cluster(@DefaultValue List<String> nodes) {
    }

    /**
     * @param failureThreshold failures in a row that open the breaker
     * @param openFor          how long an open breaker skips Redis before one request probes it again
     */
    record Breaker(@DefaultValue("3") int failureThreshold, @DefaultValue("2s") Duration openFor) {
    }

    /**
     * @param enabled whether a hit on a local copy may skip the script when the generation is tracked
     * @param lag     how long each retirement of a namespace waits, once Redis has it, before the write is
     *                acknowledged, so that every instance's hits may rely on a read fence that old
     *                ({@code TrackedKeys}); the same on every instance, waited for even where tracking is off; 0:
     *                every hit waits for a fence sent after it began
     */
    record Tracking(@DefaultValue("true") boolean enabled, @DefaultValue("10ms") Duration lag) {

        Tracking {
            if (lag.isNegative()) {
                throw new IllegalArgumentException("stride.cache.redis.tracking.lag must not be negative");
            }
        }
    }
}
