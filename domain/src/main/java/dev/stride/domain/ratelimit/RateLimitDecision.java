package dev.stride.domain.ratelimit;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a policy said about one request, told by the limit closest to refusing it.
 *
 * @param allowed     whether every limit of the policy took the request
 * @param limit       index (in the policy's limits) of the limit closest to refusing: the one the client is told about
 * @param remaining   requests that limit still allows after this one
 * @param resetAfter  until that limit is fully available again
 * @param retryAfter  until every limit would take a request again, when this one was refused; zero when it was allowed
 */
public record RateLimitDecision(boolean allowed, int limit, long remaining, Duration resetAfter, Duration retryAfter) {

    /** Fewer requests left is closer to refusing; on a tie, the limit that takes longer to be full again. */
    private static final Comparator<LimitStanding> CLOSER_TO_REFUSING = Comparator
            .comparingLong(LimitStanding::remaining)
            .thenComparing(LimitStanding::resetAfter, Comparator.reverseOrder());

    public RateLimitDecision {
        Objects.requireNonNull(resetAfter, "resetAfter");
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (limit < 0 || remaining < 0 || resetAfter.isNegative() || retryAfter.isNegative()) {
            throw new IllegalArgumentException("a decision has no negative parts: " + limit + ", " + remaining + ", " + resetAfter + ", " + retryAfter);
        }
        if (allowed && !retryAfter.isZero()) {
            throw new IllegalArgumentException("an allowed request has nothing to retry");
        }
    }

    /** Allowed by a policy of one limit. */
    public static RateLimitDecision allowed(long remaining, Duration resetAfter) {
        return new RateLimitDecision(true, 0, remaining, resetAfter, Duration.ZERO);
    }

    /** Refused by a policy of one limit. */
    public static RateLimitDecision rejected(Duration resetAfter, Duration retryAfter) {
        return new RateLimitDecision(false, 0, 0, resetAfter, retryAfter);
    }

    /** The decision on a request, from where it left the caller in each limit of the policy (in the policy's order). */
    public static RateLimitDecision of(boolean allowed, List<LimitStanding> standings, Duration retryAfter) {
        if (standings.isEmpty()) {
            throw new IllegalArgumentException("a decision needs the standing in at least one limit");
        }
        int closest = 0; // the first of equally close ones
        for (int i = 1; i < standings.size(); i++) {
            if (CLOSER_TO_REFUSING.compare(standings.get(i), standings.get(closest)) < 0) {
                closest = i;
            }
        }
        LimitStanding standing = standings.get(closest);
        return new RateLimitDecision(allowed, closest, standing.remaining(), standing.resetAfter(), allowed ? Duration.ZERO : retryAfter);
    }
}
