package dev.stride.domain.ratelimit;

/** How a policy counts requests against its limits. */
public enum RateLimitAlgorithm {
    /** A bucket per limit that refills continuously: bursts up to the quota, then quota per window. */
    TOKEN_BUCKET,
    /**
     * A counter per fixed window, the previous window weighted by how much of it still overlaps the
     * sliding window that ends now (the approximation Cloudflare describes).
     */
    SLIDING_WINDOW
}
