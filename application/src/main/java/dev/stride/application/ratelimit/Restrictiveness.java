package dev.stride.application.ratelimit;

import dev.stride.application.port.in.ratelimit.RateLimitOutcome.Allowed;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.FailedClosed;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.FailedOpen;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.Rejected;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome;

import java.util.Comparator;

/**
 * Orders outcomes from least to most restrictive: allowed with more tokens left, allowed with
 * fewer, failed open (the request went partly uncounted), rejected, failed closed.
 */
final class Restrictiveness {

    private static final Comparator<RateLimitOutcome> ORDER = Comparator
            .comparingInt(Restrictiveness::rank)
            .thenComparing(Restrictiveness::tightness);

    private Restrictiveness() {
    }

    /** The more restrictive of two outcomes; the first one on a tie. */
    static RateLimitOutcome moreRestrictive(RateLimitOutcome first, RateLimitOutcome second) {
        return ORDER.compare(second, first) > 0 ? second : first;
    }

    private static int rank(RateLimitOutcome outcome) {
        return switch (outcome) {
            case Allowed allowed -> 0;
            case FailedOpen failedOpen -> 1;
            case Rejected rejected -> 2;
            case FailedClosed failedClosed -> 3;
        };
    }

    /** Within one rank: fewer tokens left, then a longer wait, is tighter. */
    private static long tightness(RateLimitOutcome outcome) {
        return switch (outcome) {
            case Allowed allowed -> -allowed.decision().remaining();
            case Rejected rejected -> rejected.decision().retryAfter().toNanos();
            case FailedOpen failedOpen -> 0;
            case FailedClosed failedClosed -> 0;
        };
    }
}
