package dev.stride.adapters.redis.ratelimit;

import dev.stride.adapters.redis.RedisScripts;
import dev.stride.domain.ratelimit.LimitStanding;
import dev.stride.domain.ratelimit.RateLimit;
import dev.stride.domain.ratelimit.RateLimitDecision;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import dev.stride.domain.ratelimit.SlidingWindow;
import io.github.bucket4j.TimeMeter;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import org.springframework.data.redis.core.script.RedisScript;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Sliding-window counters in Redis: one script call per request counts it against every limit of
 * the policy at once, or reads them ({@link SlidingWindow} has the arithmetic). One round trip and
 * no compare-and-swap, so there is no local share: every request is counted in Redis, exactly.
 */
final class RedisSlidingWindows {

    private static final RedisScript<List> SCRIPT = RedisScripts.fromClasspath("dev/stride/adapters/redis/ratelimit/sliding-window.lua", List.class);

    private final Supplier<RedisClusterCommands<String, byte[]>> redis;
    private final TimeMeter time;

    RedisSlidingWindows(Supplier<RedisClusterCommands<String, byte[]>> redis, TimeMeter time) {
        this.redis = redis;
        this.time = time;
    }

    RateLimitDecision consume(String redisKey, RateLimitPolicy policy) {
        long now = nowMillis();
        Counted counted = run(redisKey, policy, now, 1);
        Duration retryAfter = Duration.ZERO;
        for (int i = 0; i < counted.windows.size(); i++) {
            Duration wait = counted.windows.get(i).untilAllowed(now, policy.limits().get(i));
            retryAfter = wait.compareTo(retryAfter) > 0 ? wait : retryAfter;
        }
        return RateLimitDecision.of(counted.allowed, counted.standings(now, policy), retryAfter);
    }

    List<LimitStanding> standing(String redisKey, RateLimitPolicy policy) {
        long now = nowMillis();
        return run(redisKey, policy, now, 0).standings(now, policy);
    }

    private Counted run(String redisKey, RateLimitPolicy policy, long now, int cost) {
        List<byte[]> args = new ArrayList<>();
        args.add(ascii(now));
        args.add(ascii(cost));
        args.add(ascii(policy.limits().size()));
        for (RateLimit limit : policy.limits()) {
            args.add(ascii(limit.quota()));
            args.add(ascii(limit.window().toMillis()));
        }
        byte[][] values = args.toArray(byte[][]::new);
        String[] keys = {redisKey};
        RedisClusterCommands<String, byte[]> commands = redis.get();
        List<Object> reply;
        try {
            reply = commands.evalsha(SCRIPT.getSha1(), ScriptOutputType.MULTI, keys, values);
        } catch (RedisNoScriptException notLoadedYet) {
            reply = commands.eval(SCRIPT.getScriptAsString(), ScriptOutputType.MULTI, keys, values);
        }
        List<SlidingWindow> windows = new ArrayList<>();
        for (int i = 0; i < policy.limits().size(); i++) {
            windows.add(new SlidingWindow((Long) reply.get(1 + 3 * i), (Long) reply.get(2 + 3 * i), (Long) reply.get(3 + 3 * i)));
        }
        return new Counted((Long) reply.getFirst() == 1, windows);
    }

    private long nowMillis() {
        return time.currentTimeNanos() / 1_000_000;
    }

    private static byte[] ascii(long value) {
        return Long.toString(value).getBytes(StandardCharsets.US_ASCII);
    }

    private record Counted(boolean allowed, List<SlidingWindow> windows) {

        List<LimitStanding> standings(long now, RateLimitPolicy policy) {
            List<LimitStanding> standings = new ArrayList<>();
            for (int i = 0; i < windows.size(); i++) {
                standings.add(windows.get(i).standing(now, policy.limits().get(i)));
            }
            return standings;
        }
    }
}
