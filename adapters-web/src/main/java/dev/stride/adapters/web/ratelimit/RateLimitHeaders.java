package dev.stride.adapters.web.ratelimit;

import dev.stride.application.port.in.RateLimitOutcome;
import dev.stride.application.port.in.RateLimitOutcome.Allowed;
import dev.stride.application.port.in.RateLimitOutcome.Rejected;
import dev.stride.domain.ratelimit.RateLimitDecision;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import jakarta.servlet.http.HttpServletResponse;

import java.time.Duration;

/**
 * Writes the limit that decided a request: {@code RateLimit-Policy} and {@code RateLimit} as in the
 * IETF httpapi ratelimit-headers draft -10 ({@code "authenticated";q=100;w=60} and
 * {@code "authenticated";r=42;t=35}), the older {@code X-RateLimit-*} trio, and {@code Retry-After}
 * on a rejection. When the limiter failed, the bucket's state is unknown: only the policy is sent.
 */
final class RateLimitHeaders {

    private RateLimitHeaders() {
    }

    static void write(RateLimitOutcome outcome, HttpServletResponse response) {
        RateLimitPolicy policy = outcome.policy();
        String name = "\"" + policy.name() + "\"";
        response.setHeader("RateLimit-Policy", name + ";q=" + policy.quota() + ";w=" + policy.windowSeconds());
        response.setHeader("X-RateLimit-Limit", String.valueOf(policy.quota()));
        RateLimitDecision decision = switch (outcome) {
            case Allowed allowed -> allowed.decision();
            case Rejected rejected -> rejected.decision();
            default -> null;
        };
        if (decision == null) {
            return;
        }
        long reset = seconds(decision.resetAfter());
        response.setHeader("RateLimit", name + ";r=" + decision.remaining() + ";t=" + reset);
        response.setHeader("X-RateLimit-Remaining", String.valueOf(decision.remaining()));
        response.setHeader("X-RateLimit-Reset", String.valueOf(reset));
        if (!decision.allowed()) {
            response.setHeader("Retry-After", String.valueOf(retryAfterSeconds(decision)));
        }
    }

    /** At least one second: {@code Retry-After: 0} would invite an immediate, equally refused retry. */
    static long retryAfterSeconds(RateLimitDecision decision) {
        return Math.max(1, seconds(decision.retryAfter()));
    }

    /** Whole seconds, rounded up, so that a client waiting that long is never early. */
    private static long seconds(Duration duration) {
        long seconds = duration.toSeconds();
        return duration.minusSeconds(seconds).isZero() ? seconds : seconds + 1;
    }
}
