package dev.stride.adapters.redis.ratelimit;

import dev.stride.domain.ratelimit.RateLimitPolicy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The counts an instance keeps: one per key and shape, made once however many requests race for it. */
class RecentCountsTest {

    private static final RateLimitPolicy HUNDRED = new RateLimitPolicy("authenticated", 100, Duration.ofMinutes(1));

    private final AtomicInteger made = new AtomicInteger();
    private final RecentCounts<Count> counts = new RecentCounts<>(10, (key, policy) -> new Count(policy, made.incrementAndGet()));

    @Test
    void keepsOneCountPerKeyForRequestsRacingForIt() throws Exception {
        int requests = 16;
        CountDownLatch start = new CountDownLatch(1);
        Set<Count> seen = ConcurrentHashMap.newKeySet();
        try (ExecutorService pool = Executors.newFixedThreadPool(requests)) {
            List<Future<?>> done = IntStream.range(0, requests).<Future<?>>mapToObj(i -> pool.submit(() -> {
                start.await();
                // an equal policy, as a reload with unchanged limits makes it: the same count
                return seen.add(counts.of("user:42", new RateLimitPolicy("authenticated", 100, Duration.ofMinutes(1))));
            })).toList();
            start.countDown();
            for (Future<?> future : done) {
                future.get();
            }
        }

        assertThat(seen).hasSize(1);
        assertThat(made).hasValue(1);
    }

    @Test
    void replacesACountOfOtherLimitsAfterWritingItBackOnce() {
        Count old = counts.of("user:42", HUNDRED);
        RateLimitPolicy doubled = new RateLimitPolicy("authenticated", 200, Duration.ofMinutes(1));

        Count reshaped = counts.of("user:42", doubled);

        assertThat(reshaped).isNotSameAs(old);
        assertThat(reshaped.policy()).isEqualTo(doubled);
        assertThat(counts.of("user:42", doubled)).isSameAs(reshaped);
        assertThat(old.writtenBack).hasValue(1);
        assertThat(reshaped.writtenBack).hasValue(0);
        assertThat(counts.of("user:7", doubled)).as("another key, its own count").isNotSameAs(reshaped);
    }

    private record Count(RateLimitPolicy policy, int serial, AtomicInteger writtenBack) implements RecentCounts.Kept {

        Count(RateLimitPolicy policy, int serial) {
            this(policy, serial, new AtomicInteger());
        }

        @Override
        public void writeBack() {
            writtenBack.incrementAndGet();
        }
    }
}
