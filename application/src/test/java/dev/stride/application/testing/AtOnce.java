package dev.stride.application.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Runs calls at the same moment, each on a thread of its own, and collects their results in order. */
public final class AtOnce {

    private AtOnce() {
    }

    /** {@code count} calls, the i-th made by {@code call.apply(i)}; fails on any exception. */
    public static <T> List<T> run(int count, IntFunction<Callable<T>> call) throws Exception {
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Callable<T> work = call.apply(i);
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    start.await();
                    return work.call();
                }));
            }
            ready.await();
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
