package dev.stride.application.testing;

import dev.stride.domain.port.RateLimiter;
import dev.stride.domain.ratelimit.LimitStanding;
import dev.stride.domain.ratelimit.RateLimit;
import dev.stride.domain.ratelimit.RateLimitAlgorithm;
import dev.stride.domain.ratelimit.RateLimitDecision;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import dev.stride.domain.ratelimit.SlidingWindow;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConfigurationBuilder;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.BucketState;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.local.LocalBucketBuilder;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.VerboseResult;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Counts in this JVM only, with the same arithmetic as the Redis adapter (the port's contract test
 * runs against both): Bucket4j's local buckets for token-bucket policies, {@link SlidingWindow}
 * for sliding-window ones. Counts are never evicted, so this is for tests, not for serving traffic.
 */
public class InMemoryRateLimiter implements RateLimiter {

    private final Clock clock;
    private final ClockTimeMeter time;
    private final Map<CountKey, Buckets> buckets = new ConcurrentHashMap<>();
    private final Map<CountKey, Windows> windows = new ConcurrentHashMap<>();

    public InMemoryRateLimiter() {
        this(Clock.systemUTC());
    }

    public InMemoryRateLimiter(Clock clock) {
        this.clock = clock;
        this.time = new ClockTimeMeter(clock);
    }

    @Override
    public RateLimitDecision consume(String key, RateLimitPolicy policy) {
        return policy.algorithm() == RateLimitAlgorithm.TOKEN_BUCKET
                ? buckets(key, policy).consume(policy)
                : windows(key, policy).count(policy, clock.millis(), 1).decision;
    }

    @Override
    public List<LimitStanding> standing(String key, RateLimitPolicy policy) {
        return policy.algorithm() == RateLimitAlgorithm.TOKEN_BUCKET
                ? buckets(key, policy).standing(policy)
                : windows(key, policy).count(policy, clock.millis(), 0).standings;
    }

    private Buckets buckets(String key, RateLimitPolicy policy) {
        return buckets.computeIfAbsent(new CountKey(policy.name(), key), ignored -> {
            LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(time);
            for (Bandwidth bandwidth : configuration(policy).getBandwidths()) {
                builder.addLimit(bandwidth);
            }
            return new Buckets(builder.build(), policy);
        });
    }

    private Windows windows(String key, RateLimitPolicy policy) {
        return windows.computeIfAbsent(new CountKey(policy.name(), key), ignored -> new Windows());
    }

    /** Bucket4j bandwidths, one per limit, identified by their place so that a changed limit keeps its count. */
    static BucketConfiguration configuration(RateLimitPolicy policy) {
        ConfigurationBuilder builder = BucketConfiguration.builder();
        for (int i = 0; i < policy.limits().size(); i++) {
            RateLimit limit = policy.limits().get(i);
            String id = String.valueOf(i);
            builder.addLimit(bandwidth -> bandwidth.capacity(limit.quota()).refillGreedy(limit.quota(), limit.window()).id(id));
        }
        return builder.build();
    }

    /** The counts of one policy and key: its name, since a changed policy keeps counting where the old one left off. */
    private record CountKey(String policy, String key) {
    }

    private static final class Buckets {

        private final Bucket bucket;
        private RateLimitPolicy shapedBy;

        Buckets(Bucket bucket, RateLimitPolicy policy) {
            this.bucket = bucket;
            this.shapedBy = policy;
        }

        synchronized RateLimitDecision consume(RateLimitPolicy policy) {
            reshape(policy);
            VerboseResult<ConsumptionProbe> result = bucket.asVerbose().tryConsumeAndReturnRemaining(1);
            return RateLimitDecision.of(result.getValue().isConsumed(), standings(policy, result.getState()),
                    Duration.ofNanos(result.getValue().getNanosToWaitForRefill()));
        }

        synchronized List<LimitStanding> standing(RateLimitPolicy policy) {
            reshape(policy);
            return standings(policy, bucket.asVerbose().getAvailableTokens().getState());
        }

        private void reshape(RateLimitPolicy policy) {
            if (!policy.equals(shapedBy)) {
                bucket.replaceConfiguration(configuration(policy), TokensInheritanceStrategy.PROPORTIONALLY);
                shapedBy = policy;
            }
        }

        private static List<LimitStanding> standings(RateLimitPolicy policy, BucketState state) {
            return IntStream.range(0, policy.limits().size()).mapToObj(i -> {
                RateLimit limit = policy.limits().get(i);
                long tokens = Math.max(0, state.getCurrentSize(i));
                long missingNanos = Math.max(0, (limit.quota() - tokens) * limit.window().toNanos() - state.getRoundingError(i));
                return new LimitStanding(tokens, Duration.ofNanos(Math.ceilDiv(missingNanos, limit.quota())));
            }).toList();
        }
    }

    /** The sliding-window counts of one policy and key, with the quota each was counted under. */
    private static final class Windows {

        private final Map<Integer, long[]> byLimit = new ConcurrentHashMap<>();

        synchronized Counted count(RateLimitPolicy policy, long now, int cost) {
            List<SlidingWindow> counts = new ArrayList<>();
            for (int i = 0; i < policy.limits().size(); i++) {
                long[] stored = byLimit.getOrDefault(i, new long[]{0, 0, 0, 0});
                counts.add(SlidingWindow.at(now, policy.limits().get(i), stored[0], stored[1], stored[2], stored[3]));
            }
            boolean allowed = IntStream.range(0, counts.size()).allMatch(i -> counts.get(i).allows(now, policy.limits().get(i)));
            Duration retryAfter = Duration.ZERO;
            for (int i = 0; i < counts.size(); i++) {
                RateLimit limit = policy.limits().get(i);
                SlidingWindow counted = allowed && cost > 0 ? counts.get(i).plusOne() : counts.get(i);
                counts.set(i, counted);
                Duration wait = counted.untilAllowed(now, limit);
                retryAfter = wait.compareTo(retryAfter) > 0 ? wait : retryAfter;
                if (cost > 0) {
                    byLimit.put(i, new long[]{counted.start(), counted.previous(), counted.current(), limit.quota()});
                }
            }
            List<LimitStanding> standings = IntStream.range(0, counts.size())
                    .mapToObj(i -> counts.get(i).standing(now, policy.limits().get(i))).toList();
            return new Counted(RateLimitDecision.of(allowed, standings, retryAfter), standings);
        }
    }

    private record Counted(RateLimitDecision decision, List<LimitStanding> standings) {
    }
}
