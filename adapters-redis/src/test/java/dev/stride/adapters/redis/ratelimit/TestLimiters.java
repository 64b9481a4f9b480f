package dev.stride.adapters.redis.ratelimit;

import dev.stride.adapters.redis.CircuitBreaker;
import dev.stride.adapters.redis.RedisTopology;
import dev.stride.testsupport.RedisEndpoint;
import dev.stride.testsupport.TestRedis;
import io.github.bucket4j.TimeMeter;
import dev.stride.testsupport.RedisClusterEndpoint;
import dev.stride.testsupport.TestRedisCluster;
import io.lettuce.core.RedisURI;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import org.junit.jupiter.params.provider.Arguments;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Builds Redis limiters the way {@link RedisRateLimitConfiguration} does, with the parts tests need to see or steer. */
final class TestLimiters {

    /** Event loops shared by every test limiter, as the service shares Spring's; a client of its own would start and stop its own. */
    private static final ClientResources RESOURCES = DefaultClientResources.create();

    /** The default of {@code stride.rate-limit.redis.connect-timeout}. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);

    /** Generous, so that a busy build machine never turns a correctness test into a timeout. */
    static final Duration RELAXED_TIMEOUT = Duration.ofSeconds(5);

    private TestLimiters() {
    }

    /** The defaults of {@code stride.rate-limit.redis.local-share.*}: what ships. */
    static final LocalShare SHIPPED_SHARE = new LocalShare(0.05, Duration.ofSeconds(1));

    /** 30 %: a share even for the contract's quotas of 5 and 10, so that the contract shows a limiter with a share to be exact on its own. */
    static final LocalShare GENEROUS_SHARE = new LocalShare(0.3, Duration.ofSeconds(1));

    static RedisRateLimiter limiter(String host, int port, String keyPrefix, Duration timeout, TimeMeter time,
                                    CircuitBreaker breaker, ContentionBackoff backoff, LocalShare localShare) {
        RedisRateLimitProperties properties = properties(timeout, localShare);
        return limiter(LimiterClient.standalone(RedisURI.create(host, port), RedisRateLimitConfiguration.clientOptions(properties), RESOURCES),
                properties, keyPrefix, time, breaker, backoff);
    }

    /** A limiter on a Redis Cluster, built as the service builds it when {@code spring.data.redis.cluster.nodes} is set. */
    static RedisRateLimiter clusterLimiter(RedisClusterEndpoint cluster, Duration timeout, TimeMeter time,
                                           CircuitBreaker breaker, ContentionBackoff backoff, LocalShare localShare) {
        RedisRateLimitProperties properties = properties(timeout, localShare);
        List<RedisURI> nodes = cluster.uris().stream().map(RedisURI::create).toList();
        return limiter(LimiterClient.cluster(nodes, RedisRateLimitConfiguration.clientOptions(properties), RESOURCES),
                properties, cluster.keyPrefix(), time, breaker, backoff);
    }

    private static RedisRateLimitProperties properties(Duration timeout, LocalShare localShare) {
        return new RedisRateLimitProperties(timeout, CONNECT_TIMEOUT,
                new RedisRateLimitProperties.Breaker(3, Duration.ofMinutes(1)), 10_000, localShare);
    }

    private static RedisRateLimiter limiter(LimiterClient client, RedisRateLimitProperties properties, String keyPrefix,
                                            TimeMeter time, CircuitBreaker breaker, ContentionBackoff backoff) {
        return RedisRateLimitConfiguration.limiter(client, properties, time, backoff, new BucketKeys(keyPrefix), breaker);
    }

    /** On the shared test server or cluster, counting on {@code time}, connected (as the service does at start-up): discovering a cluster outlasts a burst's connect timeout. */
    static RedisRateLimiter on(RedisTopology topology, TimeMeter time, LocalShare localShare) {
        RedisRateLimiter limiter = switch (topology) {
            case SINGLE_SERVER -> {
                RedisEndpoint redis = TestRedis.shared();
                yield limiter(redis.host(), redis.port(), redis.keyPrefix(), RELAXED_TIMEOUT, time, neverOpening(), new ContentionBackoff(), localShare);
            }
            case CLUSTER -> clusterLimiter(TestRedisCluster.shared(), RELAXED_TIMEOUT, time, neverOpening(), new ContentionBackoff(), localShare);
        };
        limiter.warmUp();
        return limiter;
    }

    /** For contract tests: every topology with each of these shares. */
    static Stream<Arguments> everyTopologyWith(LocalShare... shares) {
        return Arrays.stream(RedisTopology.values()).flatMap(topology -> Arrays.stream(shares).map(share -> Arguments.of(topology, share)));
    }

    /** A breaker that never opens: for tests about counting, not about failures. */
    static CircuitBreaker neverOpening() {
        return new CircuitBreaker("rate limiting", Integer.MAX_VALUE, Duration.ZERO, System::nanoTime);
    }
}
