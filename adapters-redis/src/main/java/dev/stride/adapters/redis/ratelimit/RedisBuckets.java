package dev.stride.adapters.redis.ratelimit;

import dev.stride.domain.ratelimit.RateLimitPolicy;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.RetryStrategy;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.NopeOptimizationListener;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.distributed.proxy.optimization.delay.DelayOptimization;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Bucket4j token buckets stored in Redis through one Lettuce connection, opened by the start-up
 * warm-up or the first request, so that the service starts (and fails open) while Redis is down.
 * Each bucket's key expires once the bucket would be full again.
 *
 * <p>Bucket4j updates a bucket by compare-and-swap; many requests racing for one hot bucket would
 * mostly retry (Bucket4j #603). Each bucket proxy therefore batches: while one request of this
 * instance is updating the bucket, the others queue and go as one combined update, so an instance
 * has at most one compare-and-swap in flight per bucket.
 *
 * <p>A compare-and-swap costs two round trips to Redis, more than the rest of a cheap request. So
 * each proxy may also hand out a small share of its policy's quota on its own, from its copy of the
 * bucket, and write those tokens back with its next update: when the share is spent or the copy is
 * {@code syncInterval} old (Bucket4j's delaying optimization). A refusal from the copy is always
 * right, since other instances only ever take tokens; an admission may exceed the quota by at most
 * the share per instance, a debt the bucket in Redis then pays back from its refills. With one
 * instance the count is exact. Proxies are kept in a small LRU map; an evicted proxy loses at most
 * its unsynchronized tokens.
 */
final class RedisBuckets implements AutoCloseable {

    /** One millisecond past "full again", because Bucket4j rounds the time to live down to whole milliseconds. */
    private static final ExpirationAfterWriteStrategy EXPIRE_WHEN_FULL =
            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMillis(1));

    private final LimiterClient client;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final TimeMeter time;
    private final RetryStrategy contention;
    private final LocalShare localShare;
    private final ReentrantLock connecting = new ReentrantLock();
    private final Map<String, BucketProxy> proxies;

    private volatile ProxyManager<String> buckets;

    RedisBuckets(LimiterClient client, Duration connectTimeout, Duration requestTimeout, TimeMeter time,
                 RetryStrategy contention, LocalShare localShare, int cachedProxies) {
        this.client = client;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.time = time;
        this.contention = contention;
        this.localShare = localShare;
        this.proxies = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, BucketProxy> eldest) {
                return size() > cachedProxies;
            }
        };
    }

    BucketProxy bucket(String key, RateLimitPolicy policy) {
        ProxyManager<String> manager = buckets();
        synchronized (proxies) {
            return proxies.computeIfAbsent(key, ignored -> manager.builder()
                    .withOptimization(optimization(policy))
                    .build(key, () -> configuration(policy)));
        }
    }

    private Optimization optimization(RateLimitPolicy policy) {
        long tokens = localShare.tokensOf(policy);
        return tokens == 0
                ? Optimizations.batching()
                : new DelayOptimization(new DelayParameters(tokens, localShare.syncInterval()), NopeOptimizationListener.INSTANCE, time);
    }

    private static BucketConfiguration configuration(RateLimitPolicy policy) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(policy.quota()).refillGreedy(policy.quota(), policy.window()))
                .build();
    }

    private ProxyManager<String> buckets() {
        ProxyManager<String> ready = buckets;
        return ready != null ? ready : connect();
    }

    private ProxyManager<String> connect() {
        try {
            if (!connecting.tryLock(connectTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new IllegalStateException("still connecting to Redis");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting to Redis", e);
        }
        try {
            if (buckets == null) {
                buckets = client.connect()
                        .expirationAfterWrite(EXPIRE_WHEN_FULL)
                        .requestTimeout(requestTimeout)
                        .clientClock(time)
                        .retryStrategy(contention)
                        .build();
            }
            return buckets;
        } finally {
            connecting.unlock();
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
