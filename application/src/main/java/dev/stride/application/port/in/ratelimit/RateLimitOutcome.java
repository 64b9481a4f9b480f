package dev.stride.application.port.in.ratelimit;

import dev.stride.domain.ratelimit.RateLimitDecision;
import dev.stride.domain.ratelimit.RateLimitPolicy;

/**
 * How a rate-limit check ended, with the policy that decided it (when several applied, the most
 * restrictive one). Only {@link Allowed} and {@link Rejected} know the state of the bucket.
 */
public sealed interface RateLimitOutcome {

    RateLimitPolicy policy();

    /** Whether the request may go on. */
    boolean permitted();

    record Allowed(RateLimitPolicy policy, RateLimitDecision decision) implements RateLimitOutcome {
        public Allowed {
            requireAllowed(decision, true);
        }

        @Override
        public boolean permitted() {
            return true;
        }
    }

    record Rejected(RateLimitPolicy policy, RateLimitDecision decision) implements RateLimitOutcome {
        public Rejected {
            requireAllowed(decision, false);
        }

        @Override
        public boolean permitted() {
            return false;
        }
    }

    /** The limiter could not count the request and it is let through. */
    record FailedOpen(RateLimitPolicy policy) implements RateLimitOutcome {
        @Override
        public boolean permitted() {
            return true;
        }
    }

    /** The limiter could not count the request and it is refused. */
    record FailedClosed(RateLimitPolicy policy) implements RateLimitOutcome {
        @Override
        public boolean permitted() {
            return false;
        }
    }

    private static void requireAllowed(RateLimitDecision decision, boolean allowed) {
        if (decision.allowed() != allowed) {
            throw new IllegalArgumentException("decision does not match the outcome: " + decision);
        }
    }
}
