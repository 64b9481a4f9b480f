package dev.stride.domain.ratelimit;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named set of limits, all of which must allow a request (Strava's "per 15 minutes and per day").
 * The name identifies the policy to clients ({@code RateLimit-Policy}, {@code X-RateLimit-Resource}),
 * so it is a short token; a policy with several limits names each {@code <policy>-<window>}, for
 * example {@code writes-1m} and {@code writes-1d}, so no two of its limits may share a window.
 */
public record RateLimitPolicy(String name, List<RateLimit> limits, RateLimitAlgorithm algorithm) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

    public RateLimitPolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(algorithm, "algorithm");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("policy name must be a lower-case token, was '" + name + "'");
        }
        limits = limits.stream().sorted(Comparator.comparing(RateLimit::window)).toList();
        if (limits.isEmpty()) {
            throw new IllegalArgumentException("policy " + name + " has no limit");
        }
        if (new HashSet<>(limits.stream().map(RateLimit::window).toList()).size() != limits.size()) {
            throw new IllegalArgumentException("the limits of policy " + name + " must have different windows, were " + limits);
        }
    }

    /** A token bucket with one limit. */
    public RateLimitPolicy(String name, long quota, Duration window) {
        this(name, List.of(new RateLimit(quota, window)), RateLimitAlgorithm.TOKEN_BUCKET);
    }

    /** The name clients see for the limit at {@code index}: the policy's own when it has one limit. */
    public String limitName(int index) {
        return limits.size() == 1 ? name : name + "-" + limits.get(index).windowLabel();
    }

    /** The smallest quota of the policy: what a per-instance share of it must stay under. */
    public long smallestQuota() {
        return limits.stream().mapToLong(RateLimit::quota).min().orElseThrow();
    }
}
