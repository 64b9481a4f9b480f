package dev.stride.adapters.redis;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code stride.redis.*}: Stride's keys on its Redis servers.
 *
 * @param keyPrefix the prefix of every key Stride writes
 */
@ConfigurationProperties("stride.redis")
public record StrideRedisProperties(@DefaultValue("stride:") String keyPrefix) {
}
