package dev.stride.domain.ratelimit;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A token bucket: at most {@code quota} requests at once, refilled continuously so that
 * {@code quota} more are allowed per {@code window}. The name identifies the policy to clients
 * (it appears in the {@code RateLimit-Policy} header), so it is a short token.
 */
public record RateLimitPolicy(String name, long quota, Duration window) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

    public RateLimitPolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(window, "window");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("policy name must be a lower-case token, was '" + name + "'");
        }
        if (quota < 1) {
            throw new IllegalArgumentException("quota of policy " + name + " must be at least 1, was " + quota);
        }
        // Clients are told the window in whole seconds (RateLimit-Policy w=), so it must be one.
        if (window.compareTo(Duration.ofSeconds(1)) < 0 || window.toNanos() % 1_000_000_000L != 0) {
            throw new IllegalArgumentException("window of policy " + name + " must be a whole number of seconds, was " + window);
        }
    }

    public long windowSeconds() {
        return window.toSeconds();
    }
}
