package dev.stride.adapters.redis.ratelimit;

import dev.stride.domain.ratelimit.RateLimit;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConfigurationBuilder;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.NopeOptimizationListener;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.distributed.proxy.optimization.delay.DelayOptimization;

/**
 * Bucket4j token buckets stored in Redis, one bandwidth per limit of the policy.
 *
 * <p>Bucket4j updates a bucket by compare-and-swap; many requests racing for one hot bucket would
 * mostly retry (Bucket4j #603). Each bucket proxy therefore batches: while one request of this
 * instance is updating the bucket, the others queue and go as one combined update, so an instance
 * has at most one compare-and-swap in flight per bucket.
 *
 * <p>A compare-and-swap costs two round trips to Redis, more than the rest of a cheap request. So
 * each proxy may also hand out a small share of its policy's smallest quota on its own, from its
 * copy of the bucket (every bandwidth of it), and write those tokens back with its next update:
 * when the share is spent or the copy is {@code syncInterval} old (Bucket4j's delaying
 * optimization). A refusal from the copy is always right, since other instances only ever take
 * tokens; an admission may exceed each limit by at most the share per instance, a debt the bucket
 * in Redis then pays back from its refills. With one instance the count is exact. Proxies are kept
 * in {@link RecentCounts}.
 */
final class RedisBuckets {

    private final LimiterConnection connection;
    private final TimeMeter time;
    private final LocalShare localShare;
    private final PolicyVersions versions = new PolicyVersions();
    private final RecentCounts<ShapedProxy> proxies;

    RedisBuckets(LimiterConnection connection, TimeMeter time, LocalShare localShare, int cachedProxies) {
        this.connection = connection;
        this.time = time;
        this.localShare = localShare;
        this.proxies = new RecentCounts<>(cachedProxies, this::shape);
    }

    /**
     * The bucket of this key, shaped by the policy. When the policy's limits changed since the bucket
     * was stored, Bucket4j replaces its configuration on the next update (the newest version wins)
     * and keeps the share of each limit already used; each limit is a bandwidth identified by its
     * place in the policy.
     */
    BucketProxy bucket(String key, RateLimitPolicy policy) {
        connection.buckets(); // connects, if need be, before any lock is taken
        return proxies.of(key, policy).proxy();
    }

    private ShapedProxy shape(String key, RateLimitPolicy policy) {
        long share = localShare.of(policy);
        BucketProxy proxy = connection.buckets().builder()
                .withOptimization(optimization(share))
                .withImplicitConfigurationReplacement(versions.of(policy), TokensInheritanceStrategy.PROPORTIONALLY)
                .build(key, () -> configuration(policy));
        return new ShapedProxy(proxy, policy, share > 0);
    }

    private Optimization optimization(long share) {
        return share == 0
                ? Optimizations.batching()
                : new DelayOptimization(new DelayParameters(share, localShare.syncInterval()), NopeOptimizationListener.INSTANCE, time);
    }

    static BucketConfiguration configuration(RateLimitPolicy policy) {
        ConfigurationBuilder builder = BucketConfiguration.builder();
        for (int i = 0; i < policy.limits().size(); i++) {
            RateLimit limit = policy.limits().get(i);
            String id = String.valueOf(i);
            builder.addLimit(bandwidth -> bandwidth.capacity(limit.quota()).refillGreedy(limit.quota(), limit.window()).id(id));
        }
        return builder.build();
    }

    /** {@code shared}: whether it may hand out tokens on its own, and so may have some to write back. */
    private record ShapedProxy(BucketProxy proxy, RateLimitPolicy policy, boolean shared) implements RecentCounts.Kept {

        @Override
        public void writeBack() {
            if (shared) {
                proxy.getOptimizationController().syncImmediately();
            }
        }
    }
}
