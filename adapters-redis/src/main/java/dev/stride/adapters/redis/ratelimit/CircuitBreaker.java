package dev.stride.adapters.redis.ratelimit;

import dev.stride.domain.ratelimit.RateLimiterUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Stops calling Redis after {@code failureThreshold} failures in a row, for {@code coolDown}, so
 * that a dead or frozen Redis costs each request nothing instead of a timeout. After the cool-down
 * one request probes Redis (the others are still refused); its success closes the breaker again.
 */
final class CircuitBreaker {

    enum State { CLOSED, OPEN, HALF_OPEN }

    private static final Logger log = LoggerFactory.getLogger(CircuitBreaker.class);

    private final int failureThreshold;
    private final long coolDownNanos;
    private final LongSupplier nanoTime;
    private final AtomicLong attempts = new AtomicLong();

    private State state = State.CLOSED;
    private int consecutiveFailures;
    private long openedAt;
    private String lastFailure;

    CircuitBreaker(int failureThreshold, Duration coolDown, LongSupplier nanoTime) {
        if (failureThreshold < 1 || coolDown.isNegative()) {
            throw new IllegalArgumentException("breaker needs a threshold of at least 1 and a cool-down of at least 0");
        }
        this.failureThreshold = failureThreshold;
        this.coolDownNanos = coolDown.toNanos();
        this.nanoTime = nanoTime;
    }

    /**
     * Runs the call unless the breaker is open.
     *
     * @throws RateLimiterUnavailableException when the call was skipped or failed
     */
    <T> T call(Supplier<T> redisCall) {
        if (!permit()) {
            throw new RateLimiterUnavailableException("Redis is skipped after " + failureThreshold + " failures in a row");
        }
        attempts.incrementAndGet();
        try {
            T result = redisCall.get();
            succeeded();
            return result;
        } catch (RuntimeException e) {
            failed(e);
            throw new RateLimiterUnavailableException("rate-limit buckets in Redis could not be reached: " + e.getMessage(), e);
        }
    }

    /** How many calls were let through to Redis. */
    long attempts() {
        return attempts.get();
    }

    synchronized State state() {
        return state;
    }

    synchronized Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("breaker", state.name().toLowerCase().replace('_', '-'));
        details.put("consecutiveFailures", consecutiveFailures);
        if (lastFailure != null) {
            details.put("lastFailure", lastFailure);
        }
        return details;
    }

    private synchronized boolean permit() {
        return switch (state) {
            case CLOSED -> true;
            case HALF_OPEN -> false; // one probe at a time
            case OPEN -> {
                if (nanoTime.getAsLong() - openedAt < coolDownNanos) {
                    yield false;
                }
                state = State.HALF_OPEN;
                yield true;
            }
        };
    }

    private synchronized void succeeded() {
        if (state != State.CLOSED) {
            log.info("Redis answers again; rate limiting is back to normal");
        }
        state = State.CLOSED;
        consecutiveFailures = 0;
    }

    private synchronized void failed(RuntimeException e) {
        consecutiveFailures++;
        lastFailure = e.getClass().getSimpleName() + ": " + e.getMessage();
        boolean probeFailed = state == State.HALF_OPEN;
        if (probeFailed || (state == State.CLOSED && consecutiveFailures >= failureThreshold)) {
            if (!probeFailed) {
                log.warn("Rate limiting skips Redis for {} ms after {} failures in a row; last: {}",
                        coolDownNanos / 1_000_000, consecutiveFailures, lastFailure);
            }
            state = State.OPEN;
            openedAt = nanoTime.getAsLong();
        }
    }
}
