package dev.stride.domain.session;

import java.time.Duration;
import java.time.Instant;

/** How long an access token can be accepted, and so how long a revocation must be remembered to refuse it. */
public final class AccessTokenPolicy {

    /** Tolerated difference between the clocks of the instances that issue and verify tokens: an expired token is accepted this much longer. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private AccessTokenPolicy() {
    }

    /**
     * The last instant at which a token issued before {@code cutoff} and living {@code accessTokenTtl}
     * can still be accepted: its expiry plus the clock-skew allowance. A revocation forgotten earlier
     * would let the token back in.
     */
    public static Instant lastAcceptance(Instant cutoff, Duration accessTokenTtl) {
        return cutoff.plus(accessTokenTtl).plus(CLOCK_SKEW);
    }
}
