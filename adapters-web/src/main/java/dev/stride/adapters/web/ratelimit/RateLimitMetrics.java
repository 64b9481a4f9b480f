package dev.stride.adapters.web.ratelimit;

import dev.stride.application.port.in.ratelimit.RateLimitOutcome.Allowed;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.FailedClosed;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.FailedOpen;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.Rejected;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts each rate-limited request once, under the policy that decided it:
 * {@code ratelimit.requests{policy, outcome=allowed|rejected|failed_open|failed_closed}}
 * ({@code ratelimit_requests_total} in Prometheus).
 */
final class RateLimitMetrics {

    private final Meter.MeterProvider<Counter> requests;

    RateLimitMetrics(MeterRegistry registry) {
        requests = Counter.builder("ratelimit.requests")
                .description("Requests checked against a rate limit, by the deciding policy and the outcome")
                .withRegistry(registry);
    }

    void record(RateLimitOutcome outcome) {
        requests.withTags("policy", outcome.policy().name(), "outcome", switch (outcome) {
            case Allowed allowed -> "allowed";
            case Rejected rejected -> "rejected";
            case FailedOpen failedOpen -> "failed_open";
            case FailedClosed failedClosed -> "failed_closed";
        }).increment();
    }
}
