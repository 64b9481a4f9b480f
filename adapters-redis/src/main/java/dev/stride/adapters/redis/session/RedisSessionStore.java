package dev.stride.adapters.redis.session;

import dev.stride.adapters.redis.RedisScripts;
import dev.stride.adapters.redis.tracking.TrackingConnection;
import dev.stride.domain.port.SessionStore;
import dev.stride.domain.session.Session;
import dev.stride.domain.session.SessionStoreUnavailableException;
import dev.stride.domain.session.SpendOutcome;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@link SessionStore} on Redis, one server or a cluster, laid out as {@link SessionKeys} says.
 * Only hashes of refresh tokens are stored. A token's user pointer is written before the token
 * itself (a pointer without a token finds nothing), and is never changed. Spending, rotating and
 * revoking everything run as Lua scripts on the user's keys, each one atomic step. Access-token
 * cutoffs are {@link AccessTokenCutoffs}'. Any Redis failure is a {@link SessionStoreUnavailableException}.
 */
final class RedisSessionStore implements SessionStore {

    private static final RedisScript<Long> CREATE = script("create.lua", Long.class);
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> SPEND = script("spend.lua", List.class);
    private static final RedisScript<Long> REVOKE_ALL = script("revoke-all.lua", Long.class);

    private final StringRedisTemplate redis;
    private final SessionKeys keys;
    private final AccessTokenCutoffs cutoffs;
    private final Clock clock;

    /** @param cutoffTracking where access-token cutoffs are tracked ({@link SessionKeys#trackedCutoffs}), or none */
    RedisSessionStore(StringRedisTemplate redis, SessionKeys keys, TrackingConnection cutoffTracking, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.cutoffs = new AccessTokenCutoffs(redis, keys, cutoffTracking, clock);
        this.clock = clock;
    }

    @Override
    public void create(Session session) {
        long ttl = ttlMillis(session.expiresAt());
        if (ttl <= 0) {
            return;
        }
        long user = session.userId();
        call(() -> {
            pointTo(session.tokenHash(), user, ttl);
            return redis.execute(CREATE, List.of(keys.token(user, session.tokenHash()), keys.family(user, session.familyId()),
                            keys.families(user)),
                    String.valueOf(user), session.familyId(), millis(session.expiresAt()), String.valueOf(ttl));
        });
    }

    @Override
    public SpendOutcome spend(String tokenHash) {
        return call(() -> userOf(tokenHash).map(user -> spend(user, tokenHash, List.of(keys.token(user, tokenHash)), "", "0"))
                .orElse(SpendOutcome.UNKNOWN));
    }

    @Override
    public SpendOutcome rotate(String tokenHash, String successorHash, Instant successorExpiresAt) {
        long ttl = ttlMillis(successorExpiresAt);
        if (ttl <= 0) {
            return spend(tokenHash);
        }
        return call(() -> userOf(tokenHash).map(user -> {
            pointTo(successorHash, user, ttl);
            return spend(user, tokenHash, List.of(keys.token(user, tokenHash), keys.token(user, successorHash)),
                    millis(successorExpiresAt), String.valueOf(ttl));
        }).orElse(SpendOutcome.UNKNOWN));
    }

    private SpendOutcome spend(long user, String tokenHash, List<String> tokenKeys, String successorExpiry, String successorTtl) {
        List<?> reply = redis.execute(SPEND, tokenKeys, keys.family(user, ""), keys.families(user), successorExpiry, successorTtl);
        return switch ((String) reply.getFirst()) {
            case "spent" -> new SpendOutcome.Spent(new Session(tokenHash, Long.parseLong((String) reply.get(1)),
                    (String) reply.get(2), Instant.ofEpochMilli(Long.parseLong((String) reply.get(3)))));
            case "reused" -> new SpendOutcome.Reused(Long.parseLong((String) reply.get(1)), (String) reply.get(2));
            default -> SpendOutcome.UNKNOWN;
        };
    }

    @Override
    public void revokeFamily(long userId, String familyId) {
        call(() -> {
            redis.delete(keys.family(userId, familyId));
            return redis.opsForSet().remove(keys.families(userId), familyId);
        });
    }

    @Override
    public void revokeAllOf(long userId) {
        revokeAllOfExcept(userId, "");
    }

    @Override
    public void revokeAllOfExcept(long userId, String keptFamilyId) {
        call(() -> redis.execute(REVOKE_ALL, List.of(keys.families(userId)), keys.family(userId, ""), keptFamilyId));
    }

    @Override
    public void revokeAccessIssuedBefore(long userId, Instant cutoff, Instant keepUntil) {
        long ttl = ttlMillis(keepUntil);
        if (ttl > 0) {
            call(() -> {
                cutoffs.set(userId, cutoff, Duration.ofMillis(ttl));
                return null;
            });
        }
    }

    @Override
    public Optional<Instant> accessRevokedBefore(long userId) {
        return call(() -> cutoffs.of(userId));
    }

    private long ttlMillis(Instant expiresAt) {
        return Duration.between(clock.instant(), expiresAt).toMillis();
    }

    private static String millis(Instant instant) {
        return String.valueOf(instant.toEpochMilli());
    }

    private static <T> T call(Supplier<T> command) {
        try {
            return command.get();
        } catch (RuntimeException e) {
            throw new SessionStoreUnavailableException("Redis session store unavailable: " + e.getMessage(), e);
        }
    }

    private void pointTo(String tokenHash, long userId, long ttlMillis) {
        redis.opsForValue().set(keys.pointer(tokenHash), String.valueOf(userId), Duration.ofMillis(ttlMillis));
    }

    private Optional<Long> userOf(String tokenHash) {
        return Optional.ofNullable(redis.opsForValue().get(keys.pointer(tokenHash))).map(Long::valueOf);
    }

    private static <T> RedisScript<T> script(String name, Class<T> type) {
        return RedisScripts.fromClasspath("dev/stride/adapters/redis/session/" + name, type);
    }
}
