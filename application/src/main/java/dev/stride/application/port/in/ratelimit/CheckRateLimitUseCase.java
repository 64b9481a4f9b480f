package dev.stride.application.port.in.ratelimit;

/** Counts a request against every policy that applies to it. */
public interface CheckRateLimitUseCase {

    RateLimitOutcome check(RateLimitRequest request);
}
