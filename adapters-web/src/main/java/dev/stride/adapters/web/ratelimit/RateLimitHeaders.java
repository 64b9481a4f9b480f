package dev.stride.adapters.web.ratelimit;

import dev.stride.application.port.in.ratelimit.RateLimitOutcome.Allowed;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.Rejected;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome;
import dev.stride.domain.ratelimit.RateLimit;
import dev.stride.domain.ratelimit.RateLimitDecision;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import jakarta.servlet.http.HttpServletResponse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Writes the policy that decided a request: {@code RateLimit-Policy} with every limit of it and
 * {@code RateLimit} for the one closest to refusing, as in the IETF httpapi ratelimit-headers draft
 * -10 ({@code "writes-1m";q=20;w=60, "writes-1d";q=1000;w=86400} and {@code "writes-1m";r=3;t=35});
 * GitHub's {@code X-RateLimit-Limit}, {@code -Remaining}, {@code -Used}, {@code -Resource} (the
 * policy) and {@code -Reset} (the epoch second at which that limit is full again, where the IETF
 * header gives the seconds until then); {@code Retry-After} on a rejection. When the limiter failed,
 * the counts are unknown: only the policy is sent.
 */
final class RateLimitHeaders {

    private final Clock clock;

    RateLimitHeaders(Clock clock) {
        this.clock = clock;
    }

    void write(RateLimitOutcome outcome, HttpServletResponse response) {
        RateLimitPolicy policy = outcome.policy();
        response.setHeader("RateLimit-Policy", IntStream.range(0, policy.limits().size())
                .mapToObj(i -> quoted(policy.limitName(i)) + ";q=" + policy.limits().get(i).quota() + ";w=" + policy.limits().get(i).windowSeconds())
                .collect(Collectors.joining(", ")));
        response.setHeader("X-RateLimit-Resource", policy.name());
        RateLimitDecision decision = switch (outcome) {
            case Allowed allowed -> allowed.decision();
            case Rejected rejected -> rejected.decision();
            default -> null;
        };
        if (decision == null) {
            response.setHeader("X-RateLimit-Limit", String.valueOf(policy.limits().getFirst().quota()));
            return;
        }
        RateLimit limit = policy.limits().get(decision.limit());
        long reset = seconds(decision.resetAfter());
        response.setHeader("RateLimit", quoted(policy.limitName(decision.limit())) + ";r=" + decision.remaining() + ";t=" + reset);
        response.setHeader("X-RateLimit-Limit", String.valueOf(limit.quota()));
        response.setHeader("X-RateLimit-Remaining", String.valueOf(decision.remaining()));
        response.setHeader("X-RateLimit-Used", String.valueOf(limit.quota() - decision.remaining()));
        response.setHeader("X-RateLimit-Reset", String.valueOf(epochSecondAfter(decision.resetAfter())));
        if (!decision.allowed()) {
            response.setHeader("Retry-After", String.valueOf(retryAfterSeconds(decision)));
        }
    }

    /** The epoch second by which {@code duration} from now has passed, rounded up: a client waiting until then is never early. */
    long epochSecondAfter(Duration duration) {
        Instant then = clock.instant().plus(duration);
        return then.getNano() == 0 ? then.getEpochSecond() : then.getEpochSecond() + 1;
    }

    /** At least one second: {@code Retry-After: 0} would invite an immediate, equally refused retry. */
    static long retryAfterSeconds(RateLimitDecision decision) {
        return Math.max(1, seconds(decision.retryAfter()));
    }

    /** Whole seconds, rounded up, so that a client waiting that long is never early. */
    static long seconds(Duration duration) {
        long seconds = duration.toSeconds();
        return duration.minusSeconds(seconds).isZero() ? seconds : seconds + 1;
    }

    private static String quoted(String name) {
        return "\"" + name + "\"";
    }
}
