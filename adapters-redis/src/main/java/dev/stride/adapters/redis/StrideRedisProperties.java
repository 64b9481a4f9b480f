package dev.stride.adapters.redis;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code stride.redis.*}: Stride's keys on its Redis servers.
 *
 * @param keyPrefix          the prefix of every key Stride writes
 * @param revocationTracking whether the per-request revocation check may use access-token cutoffs it has
 *                           read before, kept fresh by Redis client-side tracking (a single server, Redis 7+)
 */
@ConfigurationProperties("stride.redis")
public record StrideRedisProperties(@DefaultValue("stride:") String keyPrefix,
                                    @DefaultValue("true") boolean revocationTracking) {
}
