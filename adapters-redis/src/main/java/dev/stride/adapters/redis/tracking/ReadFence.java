package dev.stride.adapters.redis.tracking;

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
 * What makes a tracked value safe to use: Redis writes an invalidation push to this connection
 * before its reply to any command that it processed after the change, and the connection delivers
 * pushes and replies in that order. So once a command sent after a read began has been answered on
 * the tracking connection, every change that was acknowledged before the read began has been pushed
 * and applied. This fence waits for such an answer, whatever the rest of the request did before: the
 * answer to any command sent since on the connection counts, else a PING sent since, which concurrent reads share.
 * At most one PING is in flight: reads that begin while it is under way wait for the next one, sent as
 * soon as it is answered and shared by all of them (group commit), so under load a PING serves every
 * read that began during the round trip before it rather than nearly one each.
 */
final class ReadFence {

    private static final long LONG_AGO = Duration.ofDays(1).toNanos();

    private final Supplier<CompletionStage<String>> ping;
    private final Duration timeout;
    private final LongSupplier nanoTime;
    /** When the latest command that has been answered was sent. */
    private final AtomicLong answeredUpTo;
    /** The PING under way, or the last one sent. */
    private Ping inFlight;
    /** Answered by the PING to be sent once {@link #inFlight} is answered, or null while none waits for it. */
    private CompletableFuture<Void> next;

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
        try {
            pingSentSince(since).get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fencing a tracked read", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the read fence failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Redis did not answer the read fence within " + timeout.toMillis() + " ms", e);
        }
    }

    /**
     * Sends a PING, without waiting for its answer, when the latest command answered was sent more than
     * {@code within} nanoseconds ago and no PING is under way: keeps the fence recent for reads that may
     * rely on one that began a while before them.
     */
    void keepWithin(long within) {
        if (nanoTime.getAsLong() - answeredUpTo.get() > within) {
            pingUnlessUnderWay();
        }
    }

    private synchronized void pingUnlessUnderWay() {
        if (inFlight == null || inFlight.answer.isDone()) {
            send();
        }
    }

    /** The answer to a PING sent at or after {@code since}: the one under way, a new one, or the next one. */
    private synchronized CompletableFuture<Void> pingSentSince(long since) {
        Ping current = inFlight;
        if (current != null && current.sentAt - since >= 0) {
            return current.answer;
        }
        if (current == null || current.answer.isDone()) {
            return send().answer;
        }
        if (next == null) {
            CompletableFuture<Void> waiting = new CompletableFuture<>();
            next = waiting;
            current.answer.whenComplete((ignored, failure) -> sendNext(waiting));
            return waiting;
        }
        return next;
    }

    /** Sent after every read waiting for it began, so its answer fences them all. */
    private synchronized void sendNext(CompletableFuture<Void> waiting) {
        next = null;
        send().answer.whenComplete((ignored, failure) -> {
            if (failure == null) {
                waiting.complete(null);
            } else {
                waiting.completeExceptionally(failure);
            }
        });
    }

    private Ping send() {
        long sentAt = nanoTime.getAsLong();
        inFlight = new Ping(sentAt, ping.get().toCompletableFuture().thenRun(() -> answered(sentAt)));
        return inFlight;
    }

    private record Ping(long sentAt, CompletableFuture<Void> answer) {
    }
}
