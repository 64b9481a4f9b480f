package dev.stride.adapters.redis.cache;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Stops calling a failing Redis: after {@code failureThreshold} consecutive failures it opens for
 * {@code openFor}, during which calls fail at once instead of each waiting for a timeout; then one
 * probe call is let through, and its outcome closes or re-opens the breaker.
 */
final class CircuitBreaker {

    private final int failureThreshold;
    private final long openForNanos;
    private final LongSupplier nanoTime;
    private int consecutiveFailures;
    private long openUntil;
    private boolean probeInFlight;

    CircuitBreaker(int failureThreshold, Duration openFor, LongSupplier nanoTime) {
        this.failureThreshold = failureThreshold;
        this.openForNanos = openFor.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Runs the command; any failure, or an open breaker, is turned into {@code unavailable}'s exception. */
    <T> T call(Supplier<T> command, Function<RuntimeException, ? extends RuntimeException> unavailable) {
        if (!admit()) {
            throw unavailable.apply(new IllegalStateException("circuit open after repeated Redis failures"));
        }
        try {
            T result = command.get();
            succeeded();
            return result;
        } catch (RuntimeException e) {
            failed();
            throw unavailable.apply(e);
        }
    }

    synchronized boolean isOpen() {
        return consecutiveFailures >= failureThreshold;
    }

    private synchronized boolean admit() {
        if (consecutiveFailures < failureThreshold) {
            return true;
        }
        if (nanoTime.getAsLong() - openUntil >= 0 && !probeInFlight) {
            probeInFlight = true;
            return true;
        }
        return false;
    }

    private synchronized void succeeded() {
        consecutiveFailures = 0;
        probeInFlight = false;
    }

    private synchronized void failed() {
        consecutiveFailures++;
        probeInFlight = false;
        if (consecutiveFailures >= failureThreshold) {
            openUntil = nanoTime.getAsLong() + openForNanos;
        }
    }
}
