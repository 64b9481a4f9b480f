package dev.stride.domain.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * One limit of a policy: at most {@code quota} requests per {@code window}.
 *
 * @param quota  requests per window (a token bucket's capacity), at least 1
 * @param window a whole number of seconds, since clients are told it in seconds ({@code RateLimit-Policy w=})
 */
public record RateLimit(long quota, Duration window) {

    public RateLimit {
        Objects.requireNonNull(window, "window");
        if (quota < 1) {
            throw new IllegalArgumentException("a limit's quota must be at least 1, was " + quota);
        }
        if (window.compareTo(Duration.ofSeconds(1)) < 0 || window.toNanos() % 1_000_000_000L != 0) {
            throw new IllegalArgumentException("a limit's window must be a whole number of seconds, was " + window);
        }
    }

    public long windowSeconds() {
        return window.toSeconds();
    }

    /** The window in its largest whole unit ({@code 1d}, {@code 15m}, {@code 90s}): names the limit to clients. */
    String windowLabel() {
        long seconds = windowSeconds();
        if (seconds % 86_400 == 0) {
            return seconds / 86_400 + "d";
        }
        if (seconds % 3_600 == 0) {
            return seconds / 3_600 + "h";
        }
        return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }
}
