package dev.stride.adapters.redis.ratelimit;

import dev.stride.domain.ratelimit.LimitStanding;
import dev.stride.domain.ratelimit.RateLimitDecision;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import io.github.bucket4j.TimeMeter;

import java.time.Duration;
import java.util.List;

/**
 * Sliding-window counters in Redis, every limit of a policy in one script call. Without a local
 * share every request is one call, counted exactly; with one, each instance decides from its
 * {@link SharedWindow} of the count and adds its batch with its next call. Shared windows are kept
 * in {@link RecentCounts}, also those of quotas too small for a share (which count every request
 * in Redis), so that a reload that shrinks a quota below one still writes back the old batch.
 */
final class RedisSlidingWindows {

    private final SlidingWindowScript script;
    private final TimeMeter time;
    private final LocalShare localShare;
    private final RecentCounts<SharedWindow> shared;

    /** {@code waitForLock}: longest a request waits while another one of this instance calls Redis for the same count. */
    RedisSlidingWindows(SlidingWindowScript script, TimeMeter time, LocalShare localShare, int cachedCounts, Duration waitForLock) {
        this.script = script;
        this.time = time;
        this.localShare = localShare;
        this.shared = new RecentCounts<>(cachedCounts,
                (key, policy) -> new SharedWindow(key, policy, localShare, script, this::nowMillis, waitForLock));
    }

    RateLimitDecision consume(String redisKey, RateLimitPolicy policy) {
        return localShare.fraction() == 0 ? script.count(redisKey, policy, nowMillis()) : shared.of(redisKey, policy).consume();
    }

    List<LimitStanding> standing(String redisKey, RateLimitPolicy policy) {
        return localShare.fraction() == 0 ? script.read(redisKey, policy, nowMillis()) : shared.of(redisKey, policy).standing();
    }

    private long nowMillis() {
        return time.currentTimeNanos() / 1_000_000;
    }
}
