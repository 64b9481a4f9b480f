package dev.stride.adapters.redis.idempotency;

import dev.stride.adapters.redis.RedisScripts;
import dev.stride.domain.idempotency.ClaimOutcome;
import dev.stride.domain.idempotency.IdempotencyKey;
import dev.stride.domain.idempotency.IdempotencyStoreUnavailableException;
import dev.stride.domain.idempotency.RequestFingerprint;
import dev.stride.domain.idempotency.StoredResponse;
import dev.stride.domain.port.IdempotencyStore;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The {@link IdempotencyStore} on the state Redis. One hash per record, with a TTL, at
 * {@code i:{user id}:<SHA-256 of the client's key>} under the key prefix: the client's key is hashed
 * so that whatever it contains (braces, 255 characters) it neither lengthens nor re-tags the Redis
 * key. Each operation is one Lua script on that one key, so it is atomic, on Redis Cluster too.
 */
final class RedisIdempotencyStore implements IdempotencyStore {

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> CLAIM = script("claim.lua", List.class);
    private static final RedisScript<Long> COMPLETE = script("complete.lua", Long.class);
    private static final RedisScript<Long> RELEASE = script("release.lua", Long.class);

    private static final String STATUS = "s";
    private static final String BODY = "b";
    private static final String HEADER = "h:";

    private final StringRedisTemplate redis;
    private final String prefix;

    RedisIdempotencyStore(StringRedisTemplate redis, String keyPrefix) {
        this.redis = redis;
        this.prefix = keyPrefix + "i:{";
    }

    @Override
    public ClaimOutcome claim(IdempotencyKey key, RequestFingerprint fingerprint, String claimToken, Duration inFlightFor) {
        List<?> reply = call(() -> redis.execute(CLAIM, List.of(recordKey(key)), fingerprint.value(), claimToken,
                String.valueOf(inFlightFor.toMillis())));
        return switch ((String) reply.getFirst()) {
            case "claimed" -> ClaimOutcome.CLAIMED;
            case "mismatch" -> ClaimOutcome.MISMATCH;
            case "in-flight" -> ClaimOutcome.IN_FLIGHT;
            default -> new ClaimOutcome.Completed(response(reply.subList(1, reply.size())));
        };
    }

    @Override
    public boolean complete(IdempotencyKey key, String claimToken, StoredResponse response, Duration keepFor) {
        List<String> args = new ArrayList<>(List.of(claimToken, String.valueOf(keepFor.toMillis()),
                STATUS, String.valueOf(response.status()), BODY, Base64.getEncoder().encodeToString(response.body())));
        response.headers().forEach((name, value) -> {
            args.add(HEADER + name);
            args.add(value);
        });
        return call(() -> redis.execute(COMPLETE, List.of(recordKey(key)), args.toArray())) == 1L;
    }

    @Override
    public void release(IdempotencyKey key, String claimToken) {
        call(() -> redis.execute(RELEASE, List.of(recordKey(key)), claimToken));
    }

    private static StoredResponse response(List<?> fieldsAndValues) {
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i + 1 < fieldsAndValues.size(); i += 2) {
            fields.put((String) fieldsAndValues.get(i), (String) fieldsAndValues.get(i + 1));
        }
        Map<String, String> headers = new HashMap<>();
        fields.forEach((field, value) -> {
            if (field.startsWith(HEADER)) {
                headers.put(field.substring(HEADER.length()), value);
            }
        });
        return new StoredResponse(Integer.parseInt(fields.get(STATUS)), headers,
                Base64.getDecoder().decode(fields.get(BODY)));
    }

    private String recordKey(IdempotencyKey key) {
        return prefix + key.userId() + "}:" + HexFormat.of().formatHex(sha256(key.value()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static <T> T call(Supplier<T> command) {
        try {
            return command.get();
        } catch (RuntimeException e) {
            throw new IdempotencyStoreUnavailableException("Redis idempotency store unavailable: " + e.getMessage(), e);
        }
    }

    private static <T> RedisScript<T> script(String name, Class<T> type) {
        return RedisScripts.fromClasspath("dev/stride/adapters/redis/idempotency/" + name, type);
    }
}
