package dev.stride.adapters.redis;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Stops calling Redis after {@code failureThreshold} failures in a row, for {@code coolDown}, so
 * that a dead or frozen Redis costs each request nothing instead of a timeout. After the cool-down
 * one call probes Redis (the others are still refused); its success closes the breaker again. The
 * cache and the rate limiter each have their own, so that one's trouble never silences the other.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private static final Logger log = LoggerFactory.getLogger(CircuitBreaker.class);

    private final String name;
    private final int failureThreshold;
    private final long coolDownNanos;
    private final LongSupplier nanoTime;
    private final AtomicLong attempts = new AtomicLong();

    /** Written under the lock, read without it on the common path: every call of a healthy Redis takes no lock. */
    private volatile State state = State.CLOSED;
    private volatile int consecutiveFailures;
    private long openedAt;
    private String lastFailure;

    /** @param name what the breaker guards, for the log ("the cache") */
    public CircuitBreaker(String name, int failureThreshold, Duration coolDown, LongSupplier nanoTime) {
        if (failureThreshold < 1 || coolDown.isNegative()) {
            throw new IllegalArgumentException("breaker needs a threshold of at least 1 and a cool-down of at least 0");
        }
        this.name = name;
        this.failureThreshold = failureThreshold;
        this.coolDownNanos = coolDown.toNanos();
        this.nanoTime = nanoTime;
    }

    /**
     * Runs the call unless the breaker is open; a skipped or failed call throws what {@code unavailable}
     * makes of its cause.
     */
    public <T> T call(Supplier<T> redisCall, Function<RuntimeException, ? extends RuntimeException> unavailable) {
        if (!permit()) {
            throw unavailable.apply(new IllegalStateException("Redis is skipped after " + failureThreshold + " failures in a row"));
        }
        attempts.incrementAndGet();
        try {
            T result = redisCall.get();
            succeeded();
            return result;
        } catch (RuntimeException e) {
            failed(e);
            throw unavailable.apply(e);
        }
    }

    /** How many calls were let through to Redis. */
    public long attempts() {
        return attempts.get();
    }

    public synchronized State state() {
        return state;
    }

    /** For a health indicator. */
    public synchronized Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("breaker", state.name().toLowerCase().replace('_', '-'));
        details.put("consecutiveFailures", consecutiveFailures);
        if (lastFailure != null) {
            details.put("lastFailure", lastFailure);
        }
        return details;
    }

    private boolean permit() {
        return state == State.CLOSED || permitWhileNotClosed();
    }

    private synchronized boolean permitWhileNotClosed() {
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

    private void succeeded() {
        if (state != State.CLOSED || consecutiveFailures != 0) {
            closeAfterSuccess();
        }
    }

    private synchronized void closeAfterSuccess() {
        if (state != State.CLOSED) {
            log.info("Redis answers again; {} is back to normal", name);
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
                log.warn("{} skips Redis for {} ms after {} failures in a row; last: {}",
                        name, coolDownNanos / 1_000_000, consecutiveFailures, lastFailure);
            }
            state = State.OPEN;
            openedAt = nanoTime.getAsLong();
        }
    }
}
