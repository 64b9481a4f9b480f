package dev.stride.adapters.web.ratelimit;

import dev.stride.application.port.in.ratelimit.RateLimitOutcome.Allowed;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.FailedClosed;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.FailedOpen;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.Rejected;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts each rate-limited request once, under the policy that decided it:
 * {@code ratelimit.requests{policy, outcome=allowed|rejected|failed_open|failed_closed}}
 * ({@code ratelimit_requests_total} in Prometheus). A policy's four counters are registered together
 * with its first request, so its rare outcomes are there at 0 before they happen.
 */
final class RateLimitMetrics {

    private final Meter.MeterProvider<Counter> requests;
    /** Registered once per policy name and outcome, not looked up in the registry per request. */
    private final Map<String, PolicyCounters> byPolicy = new ConcurrentHashMap<>();

    RateLimitMetrics(MeterRegistry registry) {
        requests = Counter.builder("ratelimit.requests")
                .description("Requests checked against a rate limit, by the deciding policy and the outcome")
                .withRegistry(registry);
    }

    void record(RateLimitOutcome outcome) {
        PolicyCounters counters = byPolicy.computeIfAbsent(outcome.policy().name(), this::countersOf);
        (switch (outcome) {
            case Allowed allowed -> counters.allowed();
            case Rejected rejected -> counters.rejected();
            case FailedOpen failedOpen -> counters.failedOpen();
            case FailedClosed failedClosed -> counters.failedClosed();
        }).increment();
    }

    private PolicyCounters countersOf(String policy) {
        return new PolicyCounters(counter(policy, "allowed"), counter(policy, "rejected"),
                counter(policy, "failed_open"), counter(policy, "failed_closed"));
    }

    private Counter counter(String policy, String outcome) {
        return requests.withTags("policy", policy, "outcome", outcome);
    }

    private record PolicyCounters(Counter allowed, Counter rejected, Counter failedOpen, Counter failedClosed) {
    }
}
