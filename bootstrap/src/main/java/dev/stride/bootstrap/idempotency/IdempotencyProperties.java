package dev.stride.bootstrap.idempotency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code stride.idempotency.*}.
 *
 * @param ttl         how long the response to a request with an {@code Idempotency-Key} is kept for replays
 * @param inFlightTtl how long a key stays claimed by a request being processed: longer than any request takes,
 *                    and the longest an instance that died mid-request blocks the key (retries get 409 meanwhile)
 */
@ConfigurationProperties("stride.idempotency")
public record IdempotencyProperties(@DefaultValue("24h") Duration ttl, @DefaultValue("1m") Duration inFlightTtl) {

    public IdempotencyProperties {
        if (!ttl.isPositive() || !inFlightTtl.isPositive()) {
            throw new IllegalArgumentException("stride.idempotency.ttl and in-flight-ttl must be positive");
        }
    }
}
