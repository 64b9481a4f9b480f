package dev.stride.adapters.redis.session;

import dev.stride.adapters.redis.RedisScripts;
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
 * The {@link SessionStore} on Redis. Layout under the key prefix, every key with a TTL:
 * <pre>
 *   s:t:{token hash}   hash: u (user), f (family), x (expiry, epoch ms), s (spent 0/1); until the token's expiry
 *   s:f:{family id}    the user id, while the family is live: as long as its newest token; deleted on revocation
 *   s:u:{user id}      set of the user's family ids, as long as their newest token
 *   s:r:{user id}      the access-token cutoff (epoch ms), as long as tokens issued before it can live
 * </pre>
 * Only hashes of refresh tokens are stored. Spending, rotating and revoking everything run as Lua
 * scripts, each one atomic step; the scripts derive keys from stored ids, so this needs a standalone
 * Redis (or a single-slot setup), not Redis Cluster.
 */
final class RedisSessionStore implements SessionStore {

    private static final RedisScript<Long> CREATE = script("create.lua", Long.class);
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> SPEND = script("spend.lua", List.class);
    private static final RedisScript<Long> REVOKE_ALL = script("revoke-all.lua", Long.class);

    private final StringRedisTemplate redis;
    private final String prefix;
    private final Clock clock;

    RedisSessionStore(StringRedisTemplate redis, String keyPrefix, Clock clock) {
        this.redis = redis;
        this.prefix = keyPrefix + "s:";
        this.clock = clock;
    }

    @Override
    public void create(Session session) {
        long ttl = ttlMillis(session.expiresAt());
        if (ttl <= 0) {
            return;
        }
        call(() -> redis.execute(CREATE, List.of(tokenKey(session.tokenHash()), familyKey(session.familyId()),
                        familiesKey(session.userId())),
                String.valueOf(session.userId()), session.familyId(), millis(session.expiresAt()), String.valueOf(ttl)));
    }

    @Override
    public SpendOutcome spend(String tokenHash) {
        return spend(tokenHash, List.of(tokenKey(tokenHash)), "", "0");
    }

    @Override
    public SpendOutcome rotate(String tokenHash, String successorHash, Instant successorExpiresAt) {
        long ttl = ttlMillis(successorExpiresAt);
        if (ttl <= 0) {
            return spend(tokenHash);
        }
        return spend(tokenHash, List.of(tokenKey(tokenHash), tokenKey(successorHash)), millis(successorExpiresAt),
                String.valueOf(ttl));
    }

    private SpendOutcome spend(String tokenHash, List<String> keys, String successorExpiry, String successorTtl) {
        List<?> reply = call(() -> redis.execute(SPEND, keys, prefix + "f:", prefix + "u:", successorExpiry, successorTtl));
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
            redis.delete(familyKey(familyId));
            return redis.opsForSet().remove(familiesKey(userId), familyId);
        });
    }

    @Override
    public void revokeAllOf(long userId) {
        revokeAllOfExcept(userId, "");
    }

    @Override
    public void revokeAllOfExcept(long userId, String keptFamilyId) {
        call(() -> redis.execute(REVOKE_ALL, List.of(familiesKey(userId)), prefix + "f:", keptFamilyId));
    }

    @Override
    public void revokeAccessIssuedBefore(long userId, Instant cutoff, Instant keepUntil) {
        long ttl = ttlMillis(keepUntil);
        if (ttl > 0) {
            call(() -> {
                redis.opsForValue().set(revocationKey(userId), millis(cutoff), Duration.ofMillis(ttl));
                return null;
            });
        }
    }

    @Override
    public void liftAccessRevocation(long userId) {
        call(() -> redis.delete(revocationKey(userId)));
    }

    @Override
    public Optional<Instant> accessRevokedBefore(long userId) {
        String cutoff = call(() -> redis.opsForValue().get(revocationKey(userId)));
        return Optional.ofNullable(cutoff).map(ms -> Instant.ofEpochMilli(Long.parseLong(ms)));
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

    private String tokenKey(String tokenHash) {
        return prefix + "t:" + tokenHash;
    }

    private String familyKey(String familyId) {
        return prefix + "f:" + familyId;
    }

    private String familiesKey(long userId) {
        return prefix + "u:" + userId;
    }

    private String revocationKey(long userId) {
        return prefix + "r:" + userId;
    }

    private static <T> RedisScript<T> script(String name, Class<T> type) {
        return RedisScripts.fromClasspath("dev/stride/adapters/redis/session/" + name, type);
    }
}
