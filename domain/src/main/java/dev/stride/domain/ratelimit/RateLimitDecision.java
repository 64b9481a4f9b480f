package dev.stride.domain.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * What a bucket said about one request.
 *
 * @param allowed     whether the request took a token
 * @param remaining   tokens left after this request
 * @param resetAfter  until the bucket is full again
 * @param retryAfter  until the next token, when the request was refused; zero when it was allowed
 */
public record RateLimitDecision(boolean allowed, long remaining, Duration resetAfter, Duration retryAfter) {

    public RateLimitDecision {
        Objects.requireNonNull(resetAfter, "resetAfter");
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (remaining < 0 || resetAfter.isNegative() || retryAfter.isNegative()) {
            throw new IllegalArgumentException("a decision has no negative parts: " + remaining + ", " + resetAfter + ", " + retryAfter);
        }
        if (allowed && !retryAfter.isZero()) {
            throw new IllegalArgumentException("an allowed request has nothing to retry");
        }
    }

    public static RateLimitDecision allowed(long remaining, Duration resetAfter) {
        return new RateLimitDecision(true, remaining, resetAfter, Duration.ZERO);
    }

    public static RateLimitDecision rejected(Duration resetAfter, Duration retryAfter) {
        return new RateLimitDecision(false, 0, resetAfter, retryAfter);
    }
}
