package dev.stride.domain.ratelimit;

import java.time.Duration;

/**
 * The sliding-window counter of one limit: a count for the current fixed window and one for the
 * previous, the previous weighted by how much of it the sliding window ending now still covers.
 * The weighted count assumes the previous window's requests were spread evenly; against an
 * adversary who bunches them at its end, up to (just under) twice the quota can pass in some
 * interval of one window's length, never more. Times are epoch milliseconds.
 *
 * @param start    when the current fixed window began (a multiple of the window)
 * @param previous requests counted in the window before it
 * @param current  requests counted in the current window
 */
public record SlidingWindow(long start, long previous, long current) {

    /** The counts as they stand at {@code now}: the windows rolled forward, then the counts rescaled from {@code countedQuota} to the limit's quota. */
    public static SlidingWindow at(long now, RateLimit limit, long storedStart, long previous, long current, long countedQuota) {
        long window = limit.window().toMillis();
        long start = now - Math.floorMod(now, window);
        if (storedStart == start - window) {
            previous = current;
            current = 0;
        } else if (storedStart < start - window) {
            previous = 0;
            current = 0;
        }
        // storedStart past start - window but not start: the window changed length (or a clock stepped
        // back); both counts stay, which may refuse a little early but never lets extra requests pass.
        if (countedQuota > 0 && countedQuota != limit.quota()) {
            previous = ceilScale(previous, limit.quota(), countedQuota);
            current = ceilScale(current, limit.quota(), countedQuota);
        }
        return new SlidingWindow(start, previous, current);
    }

    /** Whether one more request fits: previous × (uncovered share) + current + 1 ≤ quota, in whole milliseconds. */
    public boolean allows(long now, RateLimit limit) {
        long window = limit.window().toMillis();
        return weightedMillis(now, window) + window <= limit.quota() * window;
    }

    public SlidingWindow plusOne() {
        return new SlidingWindow(start, previous, current + 1);
    }

    public LimitStanding standing(long now, RateLimit limit) {
        long window = limit.window().toMillis();
        long remaining = Math.max(0, (limit.quota() * window - weightedMillis(now, window)) / window);
        long fullAt = current > 0 ? start + 2 * window : previous > 0 ? start + window : now;
        return new LimitStanding(remaining, Duration.ofMillis(fullAt - now));
    }

    /** How long until one more request fits (zero when it fits now). */
    public Duration untilAllowed(long now, RateLimit limit) {
        if (allows(now, limit)) {
            return Duration.ZERO;
        }
        long window = limit.window().toMillis();
        long quota = limit.quota();
        if (current + 1 <= quota && previous > 0) {
            // within this window, once previous × (window - elapsed) ≤ (quota - current - 1) × window
            long elapsed = window - Math.floorDiv((quota - current - 1) * window, previous);
            return Duration.ofMillis(start + elapsed - now);
        }
        // in the next window, where the current count becomes the previous one
        long elapsed = Math.max(0, window - Math.floorDiv((quota - 1) * window, current));
        return Duration.ofMillis(start + window + elapsed - now);
    }

    /** previous × (window - elapsed) + current × window: the weighted count, in request-milliseconds. */
    private long weightedMillis(long now, long window) {
        long elapsed = now - start;
        return previous * Math.max(0, window - elapsed) + current * window;
    }

    private static long ceilScale(long count, long quota, long countedQuota) {
        return Math.ceilDiv(count * quota, countedQuota);
    }
}
