package dev.stride.adapters.redis.ratelimit;

import io.github.bucket4j.distributed.proxy.RetryDecision;
import io.github.bucket4j.distributed.proxy.RetryStrategy;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;

/**
 * Waits a random, exponentially growing time (full jitter) before Bucket4j retries a lost
 * compare-and-swap, so that writers racing for one hot bucket stop re-colliding in lock step
 * (Bucket4j issue #603). Never gives up by itself: the request timeout bounds the total.
 */
final class ContentionBackoff implements RetryStrategy {

    private static final long BASE_NANOS = Duration.ofMillis(1).toNanos();
    private static final long MAX_NANOS = Duration.ofMillis(16).toNanos();

    private final LongAdder retries = new LongAdder();

    @Override
    public RetryDecision shouldRetry(RetryMetadata attempt) {
        retries.increment();
        int doublings = Math.min(attempt.getAttemptNumber() - 1, 4);
        long ceiling = Math.min(MAX_NANOS, BASE_NANOS << doublings);
        return RetryDecision.retryAfter(Duration.ofNanos(ThreadLocalRandom.current().nextLong(1, ceiling + 1)));
    }

    /** How many compare-and-swaps were lost (and retried) so far. */
    long retries() {
        return retries.sum();
    }
}
