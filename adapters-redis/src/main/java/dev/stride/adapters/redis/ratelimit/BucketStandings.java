package dev.stride.adapters.redis.ratelimit;

import dev.stride.domain.ratelimit.LimitStanding;
import dev.stride.domain.ratelimit.RateLimit;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import io.github.bucket4j.BucketState;

import java.time.Duration;
import java.util.List;

/** Where each limit of a token-bucket policy stands, read from the bucket's state (one bandwidth per limit). */
final class BucketStandings {

    private BucketStandings() {
    }

    /**
     * Tokens left, and the time to refill the missing ones less the part of the next token that has
     * already accrued (Bucket4j keeps it as a rounding error of tokens × nanoseconds).
     */
    static List<LimitStanding> of(RateLimitPolicy policy, BucketState state) {
        LimitStanding[] standings = new LimitStanding[policy.limits().size()];
        for (int i = 0; i < standings.length; i++) {
            RateLimit limit = policy.limits().get(i);
            long tokens = Math.max(0, state.getCurrentSize(i));
            long missing = Math.max(0, (limit.quota() - tokens) * limit.window().toNanos() - state.getRoundingError(i));
            standings[i] = new LimitStanding(tokens, Duration.ofNanos(Math.ceilDiv(missing, limit.quota())));
        }
        return List.of(standings);
    }

    /**
     * From the whole tokens left only (what a bucket with a local share can tell without Redis): the
     * part of the next token already accrued is not known, so the time to full may be told up to
     * one token's time long.
     */
    static LimitStanding of(RateLimit limit, long tokens) {
        long missing = (limit.quota() - Math.max(0, tokens)) * limit.window().toNanos();
        return new LimitStanding(Math.max(0, tokens), Duration.ofNanos(Math.ceilDiv(missing, limit.quota())));
    }
}
