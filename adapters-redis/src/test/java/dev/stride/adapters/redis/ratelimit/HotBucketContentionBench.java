package dev.stride.adapters.redis.ratelimit;

import dev.stride.application.testing.ClockTimeMeter;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import dev.stride.testsupport.DedicatedRedis;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.RetryDecision;
import io.github.bucket4j.distributed.proxy.RetryStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How Bucket4j's compare-and-swap copes with one hot bucket (Bucket4j #603), on a redis-server of
 * its own: plain Bucket4j (immediate retries), Bucket4j with jittered backoff only, and what Stride
 * ships with its local share off (per-instance batching + jittered backoff), each with one and two instances hammering one
 * key. Reports lost compare-and-swaps and Redis commands per request, and throughput relative to
 * plain Bucket4j in the same run. Not a test (the name keeps Surefire from picking it up); run with
 * <pre>./mvnw -B -o -q -pl adapters-redis -am verify -Dtest=HotBucketContentionBench -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * and read target/surefire-reports/dev.stride.adapters.redis.ratelimit.HotBucketContentionBench-output.txt.
 */
class HotBucketContentionBench {

    private static final int THREADS_PER_INSTANCE = 32;
    private static final int REQUESTS_PER_THREAD = 40;
    /** Bucket time stands still (and a token takes minutes to come back), so that the final count must be exact. */
    private static final RateLimitPolicy ROOMY = new RateLimitPolicy("authenticated", 1_000_000, Duration.ofDays(3650));
    private static final TimeMeter FROZEN = new ClockTimeMeter(Clock.fixed(Instant.parse("2026-11-20T07:00:00Z"), ZoneOffset.UTC));

    private interface Consumer {
        long consume(); // returns remaining tokens
    }

    private interface Mechanism {
        Consumer instance(DedicatedRedis redis, String key, LongAdder lostSwaps, List<AutoCloseable> toClose);
    }

    @Test
    void hotBucket() throws Exception {
        List<String> rows = new ArrayList<>();
        rows.add(String.format(Locale.ROOT, "%-36s %9s %8s %14s %15s %11s", "mechanism", "instances", "requests",
                "lost CAS/req", "Redis cmds/req", "throughput"));
        for (int instances : new int[] {1, 2}) {
            double baseline = 0;
            for (String name : List.of("Bucket4j CAS, immediate retries", "Bucket4j CAS + jittered backoff", "Stride: batching + jittered backoff")) {
                Result result = run(mechanism(name), instances);
                baseline = baseline == 0 ? result.requestsPerSecond : baseline;
                rows.add(String.format(Locale.ROOT, "%-36s %9d %8d %14.2f %15.2f %10.2fx", name, instances, result.requests,
                        result.lostSwapsPerRequest(), result.commandsPerRequest(), result.requestsPerSecond / baseline));
            }
        }
        rows.forEach(System.out::println);
    }

    private static Mechanism mechanism(String name) {
        return switch (name) {
            case "Bucket4j CAS, immediate retries" -> plainBucket4j(lost -> metadata -> {
                lost.increment();
                return RetryDecision.retryImmediately();
            });
            case "Bucket4j CAS + jittered backoff" -> plainBucket4j(lost -> metadata -> {
                lost.increment();
                return new ContentionBackoff().shouldRetry(metadata);
            });
            default -> (redis, key, lost, toClose) -> {
                ContentionBackoff backoff = new ContentionBackoff();
                RedisRateLimiter limiter = TestLimiters.limiter(redis.host(), redis.port(), "bench:", Duration.ofSeconds(30),
                        FROZEN, TestLimiters.neverOpening(), backoff, LocalShare.NONE); // every request to Redis, as the others
                toClose.add(() -> {
                    lost.add(backoff.retries());
                    limiter.close();
                });
                return () -> limiter.consume(key, ROOMY).remaining();
            };
        };
    }

    /** Bucket4j as its documentation shows it: one proxy manager per instance, no optimization. */
    private static Mechanism plainBucket4j(java.util.function.Function<LongAdder, RetryStrategy> retries) {
        return (redis, key, lost, toClose) -> {
            RedisClient client = RedisClient.create(redis.uri());
            StatefulRedisConnection<String, byte[]> connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
            toClose.add(client::shutdown);
            BucketProxy bucket = Bucket4jLettuce.casBasedBuilder(connection)
                    .retryStrategy(retries.apply(lost))
                    .requestTimeout(Duration.ofSeconds(30))
                    .clientClock(FROZEN)
                    .build()
                    .builder()
                    .build("bench:" + key, () -> RedisBuckets.configuration(ROOMY));
            return () -> bucket.tryConsumeAndReturnRemaining(1).getRemainingTokens();
        };
    }

    private static Result run(Mechanism mechanism, int instances) throws Exception {
        try (DedicatedRedis redis = new DedicatedRedis().start(); CommandCounter commands = new CommandCounter(redis)) {
            String key = "user:" + UUID.randomUUID();
            LongAdder lostSwaps = new LongAdder();
            List<AutoCloseable> toClose = new ArrayList<>();
            List<Consumer> consumers = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                consumers.add(mechanism.instance(redis, key, lostSwaps, toClose));
            }
            consumers.getFirst().consume(); // creates the bucket and warms the connections up
            long commandsBefore = commands.read();

            int requests = instances * THREADS_PER_INSTANCE * REQUESTS_PER_THREAD;
            long elapsed = hammer(consumers, requests);
            long commandsUsed = commands.read() - commandsBefore;

            long remaining = consumers.getFirst().consume();
            assertThat(remaining).as("exact: every request took one token").isEqualTo(ROOMY.smallestQuota() - requests - 2);
            for (AutoCloseable closeable : toClose) {
                closeable.close();
            }
            return new Result(requests, lostSwaps.sum(), commandsUsed, requests / (elapsed / 1e9));
        }
    }

    private static long hammer(List<Consumer> consumers, int requests) throws Exception {
        int threads = consumers.size() * THREADS_PER_INSTANCE;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Consumer consumer = consumers.get(t % consumers.size());
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int r = 0; r < requests / threads; r++) {
                        consumer.consume();
                    }
                    return null;
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            for (Future<?> future : futures) {
                future.get();
            }
            return System.nanoTime() - began;
        } finally {
            pool.shutdownNow();
        }
    }

    /** GET and EVAL calls the server has run, from INFO commandstats: Bucket4j's whole conversation. */
    private static final class CommandCounter implements AutoCloseable {
        private final RedisClient client;
        private final StatefulRedisConnection<String, String> connection;

        CommandCounter(DedicatedRedis redis) {
            client = RedisClient.create(redis.uri());
            connection = client.connect();
        }

        long read() {
            return connection.sync().info("commandstats").lines()
                    .filter(line -> line.startsWith("cmdstat_get:") || line.startsWith("cmdstat_eval:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("^[^:]+:calls=(\\d+),.*", "$1")))
                    .sum();
        }

        @Override
        public void close() {
            connection.close();
            client.shutdown();
        }
    }

    private record Result(int requests, long lostSwaps, long commands, double requestsPerSecond) {
        double lostSwapsPerRequest() {
            return (double) lostSwaps / requests;
        }

        double commandsPerRequest() {
            return (double) commands / requests;
        }
    }
}
