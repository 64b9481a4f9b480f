package dev.stride.adapters.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * {@code stride.security.password-hashing.*}: the Argon2id settings of new hashes, and how much of the
 * machine hashing may take.
 *
 * @param memory         memory cost of one hash (Argon2 {@code m}); together with {@code iterations} at least
 *                       OWASP's minimum (19 MiB with 2 passes, or an equivalent pair of its table)
 * @param iterations     passes over the memory (Argon2 {@code t})
 * @param parallelism    lanes (Argon2 {@code p}); computed on one thread either way
 * @param cpuShare       share of the available processors that may be hashing at once (at least one hash)
 * @param heapShare      share of the maximum heap that the hashes running at once may hold
 * @param queuePerThread hashes that may wait per hashing thread; beyond that a request gets 503 at once
 * @param retryAfter     what a refused request is told to wait ({@code Retry-After})
 */
@ConfigurationProperties("stride.security.password-hashing")
record PasswordHashingProperties(
        @DefaultValue("19MB") DataSize memory,
        @DefaultValue("2") int iterations,
        @DefaultValue("1") int parallelism,
        @DefaultValue("0.5") double cpuShare,
        @DefaultValue("0.25") double heapShare,
        @DefaultValue("4") int queuePerThread,
        @DefaultValue("1s") Duration retryAfter) {

    /** OWASP Password Storage Cheat Sheet: equally strong Argon2id settings, as the least memory (MiB) for 1..5 passes. */
    private static final long[] OWASP_MIN_MEMORY_MIB_BY_PASSES = {46, 19, 12, 9, 7};

    PasswordHashingProperties {
        if (iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("stride.security.password-hashing.iterations and .parallelism must be"
                    + " at least 1, got " + iterations + " and " + parallelism);
        }
        long minimum = OWASP_MIN_MEMORY_MIB_BY_PASSES[Math.min(iterations, OWASP_MIN_MEMORY_MIB_BY_PASSES.length) - 1];
        if (memory.toMegabytes() < minimum || memory.toKilobytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("stride.security.password-hashing.memory of " + memory.toKilobytes()
                    + " KiB with " + iterations + " iteration(s) is below OWASP's minimum for Argon2id ("
                    + minimum + " MiB); raise the memory or the iterations");
        }
        if (!(cpuShare > 0 && cpuShare <= 1) || !(heapShare > 0 && heapShare <= 1)) {
            throw new IllegalArgumentException("stride.security.password-hashing.cpu-share and .heap-share must be in"
                    + " (0, 1], got " + cpuShare + " and " + heapShare);
        }
        if (queuePerThread < 0 || !retryAfter.isPositive()) {
            throw new IllegalArgumentException("stride.security.password-hashing.queue-per-thread must not be negative"
                    + " and .retry-after must be positive");
        }
    }

    /** Hashes that may run at once: the CPU share of {@code processors} and the heap share of {@code maxHeapBytes}, at least one. */
    int threads(int processors, long maxHeapBytes) {
        long byCpu = (long) Math.floor(processors * cpuShare);
        long byHeap = (long) Math.floor(maxHeapBytes * heapShare / memory.toBytes());
        return (int) Math.max(1, Math.min(byCpu, byHeap));
    }

    int memoryKiB() {
        return (int) memory.toKilobytes();
    }
}
