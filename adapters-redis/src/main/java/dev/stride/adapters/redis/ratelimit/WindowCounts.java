package dev.stride.adapters.redis.ratelimit;

import dev.stride.domain.ratelimit.LimitStanding;
import dev.stride.domain.ratelimit.RateLimitDecision;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import dev.stride.domain.ratelimit.SlidingWindow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The sliding-window counts of every limit of a policy (in the policy's order), as the script left
 * them or as an instance's local share sees them, and what they say ({@link SlidingWindow} has the
 * arithmetic).
 */
record WindowCounts(List<SlidingWindow> windows) {

    /** The same counts with {@code requests} more in each current window. */
    WindowCounts plus(long requests) {
        return requests == 0 ? this : new WindowCounts(windows.stream()
                .map(window -> new SlidingWindow(window.start(), window.previous(), window.current() + requests)).toList());
    }

    /** Whether every limit takes one more request at {@code now}. */
    boolean allowOneMore(long now, RateLimitPolicy policy) {
        for (int i = 0; i < windows.size(); i++) {
            if (!windows.get(i).allows(now, policy.limits().get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether these are the counts of the fixed windows {@code now} falls in, for every limit. */
    boolean areCurrentAt(long now, RateLimitPolicy policy) {
        for (int i = 0; i < windows.size(); i++) {
            long window = policy.limits().get(i).window().toMillis();
            if (windows.get(i).start() != now - Math.floorMod(now, window)) {
                return false;
            }
        }
        return true;
    }

    List<LimitStanding> standings(long now, RateLimitPolicy policy) {
        List<LimitStanding> standings = new ArrayList<>(windows.size());
        for (int i = 0; i < windows.size(); i++) {
            standings.add(windows.get(i).standing(now, policy.limits().get(i)));
        }
        return standings;
    }

    /** The decision on a request these counts were left by (allowed: they include it), told by the limit closest to refusing. */
    RateLimitDecision decision(boolean allowed, long now, RateLimitPolicy policy) {
        Duration retryAfter = Duration.ZERO;
        for (int i = 0; i < windows.size(); i++) {
            Duration wait = windows.get(i).untilAllowed(now, policy.limits().get(i));
            retryAfter = wait.compareTo(retryAfter) > 0 ? wait : retryAfter;
        }
        return RateLimitDecision.of(allowed, standings(now, policy), retryAfter);
    }
}
