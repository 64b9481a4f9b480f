package dev.stride.domain.ratelimit;

/** What happens to a request the rate limiter could not count. */
public enum OnLimiterFailure {
    /** Let it pass: an outage of the limiter's store must not take the API down. */
    FAIL_OPEN,
    /** Refuse it (503): for deployments where unthrottled traffic is worse than refusing it. */
    FAIL_CLOSED
}
