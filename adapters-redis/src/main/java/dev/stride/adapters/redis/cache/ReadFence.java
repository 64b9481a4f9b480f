package dev.stride.adapters.redis.cache;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What makes a tracked generation safe to use: Redis writes an invalidation push to this connection
 * before its reply to any command that it processed after the change, and the connection delivers
 * pushes and replies in that order. So once a command sent after a read began has been answered on
 * the tracking connection, every change that was acknowledged before the read began has been pushed
 * and applied. This fence waits for such an answer, whatever the rest of the request did before: the
 * answer to any cache command sent since counts, else a PING sent since, which concurrent reads share.
 */
final class ReadFence {

    private static final long LONG_AGO = Duration.ofDays(1).toNanos();

    private final Supplier<CompletionStage<String>> ping;
    private final Duration timeout;
    private final LongSupplier nanoTime;
    /** When the latest command that has been answered was sent. */
    private final AtomicLong answeredUpTo;
    private volatile Ping inFlight;

    ReadFence(Supplier<CompletionStage<String>> ping, Duration timeout, LongSupplier nanoTime) {
        this.ping = ping;
        this.timeout = timeout;
        this.nanoTime = nanoTime;
        this.answeredUpTo = new AtomicLong(nanoTime.getAsLong() - LONG_AGO);
    }

    long now() {
        return nanoTime.getAsLong();
    }

    /** A command sent at {@code sentAt} (taken right before sending it) has been answered. */
    void answered(long sentAt) {
        answeredUpTo.accumulateAndGet(sentAt, (a, b) -> a - b >= 0 ? a : b);
    }

    /**
     * Returns once a command sent at or after {@code since} has been answered on the connection;
     * throws when Redis does not answer in time.
     */
    void await(long since) {
        if (answeredUpTo.get() - since >= 0) {
            return;
        }
        Ping ping = inFlight;
        if (ping == null || ping.sentAt - since < 0) {
            ping = sendOneSince(since);
        }
        try {
            ping.answer.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fencing a cache read", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the cache's read fence failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Redis did not answer the cache's read fence within " + timeout.toMillis() + " ms", e);
        }
    }

    private synchronized Ping sendOneSince(long since) {
        Ping ping = inFlight;
        if (ping == null || ping.sentAt - since < 0) {
            long sentAt = nanoTime.getAsLong();
            ping = new Ping(sentAt, this.ping.get().toCompletableFuture().thenRun(() -> answered(sentAt)));
            inFlight = ping;
        }
        return ping;
    }

    private record Ping(long sentAt, CompletableFuture<Void> answer) {
    }
}
