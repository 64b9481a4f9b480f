package dev.stride.application.testing;

import dev.stride.domain.port.RateLimiter;
import dev.stride.domain.ratelimit.RateLimitDecision;
import dev.stride.domain.ratelimit.RateLimitPolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Many requests for one bucket at the same moment, each on a thread of its own. */
public final class ParallelBurst {

    private ParallelBurst() {
    }

    /**
     * Sends {@code requests} consumes at once, spread round-robin over the given limiters (which may
     * be separate instances sharing one store); fails on any exception.
     */
    public static List<RateLimitDecision> of(List<RateLimiter> limiters, String key, RateLimitPolicy policy, int requests)
            throws Exception {
        CountDownLatch ready = new CountDownLatch(requests);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<RateLimitDecision>> calls = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            RateLimiter limiter = limiters.get(i % limiters.size());
            calls.add(() -> {
                ready.countDown();
                start.await();
                return limiter.consume(key, policy);
            });
        }
        ExecutorService threads = Executors.newFixedThreadPool(requests);
        try {
            List<Future<RateLimitDecision>> futures = calls.stream().map(threads::submit).toList();
            ready.await();
            start.countDown();
            List<RateLimitDecision> decisions = new ArrayList<>();
            for (Future<RateLimitDecision> future : futures) {
                decisions.add(future.get());
            }
            return decisions;
        } finally {
            threads.shutdownNow();
        }
    }
}
