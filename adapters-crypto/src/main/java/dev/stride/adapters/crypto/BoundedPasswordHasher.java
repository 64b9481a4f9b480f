package dev.stride.adapters.crypto;

import dev.stride.domain.port.PasswordHasher;
import dev.stride.domain.shared.OverloadedException;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs a slow hasher on a few platform threads of its own, with a short queue in front, and refuses
 * what does not fit with an {@link OverloadedException} at once.
 *
 * <p>Why: a hash keeps a CPU busy for tens of milliseconds and never yields. Run on the virtual thread
 * of its request, it holds one of the few carrier threads every other request needs, and a burst of
 * logins starved cached reads. Here the request's virtual thread parks while it waits, its carrier
 * serves other requests, and at most {@code threads} hashes (each holding its memory cost) run at once.
 */
final class BoundedPasswordHasher implements PasswordHasher, AutoCloseable {

    private final PasswordHasher delegate;
    private final ThreadPoolExecutor pool;
    private final Duration retryAfter;

    /**
     * @param threads  hashes computed at once
     * @param queued   hashes waiting for a thread at most; more are refused
     */
    BoundedPasswordHasher(PasswordHasher delegate, int threads, int queued, Duration retryAfter) {
        if (threads < 1 || queued < 0) {
            throw new IllegalArgumentException("need at least one thread and no negative queue, got " + threads
                    + " and " + queued);
        }
        this.delegate = delegate;
        this.retryAfter = retryAfter;
        BlockingQueue<Runnable> queue = queued == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queued);
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, queue,
                Thread.ofPlatform().name("password-hashing-", 1).daemon().factory(), new ThreadPoolExecutor.AbortPolicy());
    }

    @Override
    public String hash(String rawPassword) {
        return run(() -> delegate.hash(rawPassword));
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        return run(() -> delegate.matches(rawPassword, hash));
    }

    /** Reads the settings out of the encoded hash: no hashing, so no need to queue. */
    @Override
    public boolean needsRehash(String hash) {
        return delegate.needsRehash(hash);
    }

    /** Hashes being computed now. */
    int running() {
        return pool.getActiveCount();
    }

    /** Hashes waiting for a thread. */
    int waiting() {
        return pool.getQueue().size();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private <T> T run(Callable<T> work) {
        Future<T> result;
        try {
            result = pool.submit(work);
        } catch (RejectedExecutionException saturated) {
            throw new OverloadedException("Too many passwords are being checked right now; try again shortly",
                    retryAfter);
        }
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("password hashing failed", e.getCause());
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a password hash", e);
        }
    }
}
