package dev.stride.adapters.redis.ratelimit;

import dev.stride.adapters.redis.RedisScripts;
import dev.stride.domain.ratelimit.LimitStanding;
import dev.stride.domain.ratelimit.RateLimit;
import dev.stride.domain.ratelimit.RateLimitDecision;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import dev.stride.domain.ratelimit.SlidingWindow;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import org.springframework.data.redis.core.script.RedisScript;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One call of {@code sliding-window.lua}: atomically, on the one key of a policy and caller, adds
 * the batch an instance admitted from its local share (if any), then counts one request against
 * every limit if all of them take it, or only reads the counts.
 */
final class SlidingWindowScript {

    private static final RedisScript<List> SCRIPT = RedisScripts.fromClasspath("dev/stride/adapters/redis/ratelimit/sliding-window.lua", List.class);

    private final Supplier<RedisClusterCommands<String, byte[]>> redis;

    SlidingWindowScript(Supplier<RedisClusterCommands<String, byte[]>> redis) {
        this.redis = redis;
    }

    /** Counts one request at {@code now} if every limit takes it, exactly: no batch. */
    RateLimitDecision count(String redisKey, RateLimitPolicy policy, long now) {
        return run(redisKey, policy, now, 1, 0, now).decision(now, policy);
    }

    /** Where the caller stands at {@code now}, counting nothing. */
    List<LimitStanding> read(String redisKey, RateLimitPolicy policy, long now) {
        return run(redisKey, policy, now, 0, 0, now).counts().standings(now, policy);
    }

    /**
     * @param cost    1 counts a request if every limit takes it; 0 only reads
     * @param batch   requests already admitted from a local share, added whatever the limits say
     * @param batchAt when they were admitted (epoch ms): they count in the fixed windows of that moment
     */
    Reply run(String redisKey, RateLimitPolicy policy, long now, int cost, long batch, long batchAt) {
        List<byte[]> args = new ArrayList<>(5 + 2 * policy.limits().size());
        args.add(ascii(now));
        args.add(ascii(cost));
        args.add(ascii(batch));
        args.add(ascii(batchAt));
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
        List<SlidingWindow> windows = new ArrayList<>(policy.limits().size());
        for (int i = 0; i < policy.limits().size(); i++) {
            windows.add(new SlidingWindow((Long) reply.get(1 + 3 * i), (Long) reply.get(2 + 3 * i), (Long) reply.get(3 + 3 * i)));
        }
        return new Reply((Long) reply.getFirst() == 1, new WindowCounts(windows));
    }

    private static byte[] ascii(long value) {
        return Long.toString(value).getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * @param allowed whether the request was counted (always false when only reading)
     * @param counts  every limit's counts after the call
     */
    record Reply(boolean allowed, WindowCounts counts) {

        /** What the call said about the request it counted (or refused) at {@code now}. */
        RateLimitDecision decision(long now, RateLimitPolicy policy) {
            return counts.decision(allowed, now, policy);
        }
    }
}
