package dev.stride.domain.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * Where a caller stands in one limit.
 *
 * @param remaining  requests the limit still allows now
 * @param resetAfter until the limit is fully available again
 */
public record LimitStanding(long remaining, Duration resetAfter) {

    public LimitStanding {
        Objects.requireNonNull(resetAfter, "resetAfter");
        if (remaining < 0 || resetAfter.isNegative()) {
            throw new IllegalArgumentException("a standing has no negative parts: " + remaining + ", " + resetAfter);
        }
    }
}
