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
 * The {@link SessionStore} on Redis, one server or a cluster. Layout under the key prefix, every key
 * with a TTL; all of a user's keys share the hash tag {@code {u:<user id>}}, so every script runs on
 * one cluster node and stays one atomic step:
 * <pre>
 *   s:t:{token hash}             the token's user id, so that a presented token finds its user's slot; as long as the token
 *   s:{u:user}:t:{token hash}    hash: u (user), f (family), x (expiry, epoch ms), s (spent 0/1); until the token's expiry
 *   s:{u:user}:f:{family id}     the user id, while the family is live: as long as its newest token; deleted on revocation
 *   s:{u:user}:families          set of the user's family ids, as long as their newest token
 *   s:{u:user}:r                 the access-token cutoff (epoch ms), as long as tokens issued before it can live
 * </pre>
 * Only hashes of refresh tokens are stored. A token's user pointer is written before the token
 * itself (a pointer without a token finds nothing), and is never changed. Spending, rotating and
 * revoking everything run as Lua scripts on the user's keys, each one atomic step.
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
        long user = session.userId();
        call(() -> {
            pointTo(session.tokenHash(), user, ttl);
            return redis.execute(CREATE, List.of(tokenKey(user, session.tokenHash()), familyKey(user, session.familyId()),
                            familiesKey(user)),
                    String.valueOf(user), session.familyId(), millis(session.expiresAt()), String.valueOf(ttl));
        });
    }

    @Override
    public SpendOutcome spend(String tokenHash) {
        return call(() -> userOf(tokenHash).map(user -> spend(user, tokenHash, List.of(tokenKey(user, tokenHash)), "", "0"))
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
            return spend(user, tokenHash, List.of(tokenKey(user, tokenHash), tokenKey(user, successorHash)),
                    millis(successorExpiresAt), String.valueOf(ttl));
        }).orElse(SpendOutcome.UNKNOWN));
    }

    private SpendOutcome spend(long user, String tokenHash, List<String> keys, String successorExpiry, String successorTtl) {
        List<?> reply = redis.execute(SPEND, keys, familyKey(user, ""), familiesKey(user), successorExpiry, successorTtl);
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
            redis.delete(familyKey(userId, familyId));
            return redis.opsForSet().remove(familiesKey(userId), familyId);
        });
    }

    @Override
    public void revokeAllOf(long userId) {
        call(() -> redis.execute(REVOKE_ALL, List.of(familiesKey(userId)), familyKey(userId, "")));
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

    private void pointTo(String tokenHash, long userId, long ttlMillis) {
        redis.opsForValue().set(pointerKey(tokenHash), String.valueOf(userId), Duration.ofMillis(ttlMillis));
    }

    private Optional<Long> userOf(String tokenHash) {
        return Optional.ofNullable(redis.opsForValue().get(pointerKey(tokenHash))).map(Long::valueOf);
    }

    private String pointerKey(String tokenHash) {
        return prefix + "t:" + tokenHash;
    }

    /** Everything of one user lives in one hash slot. */
    private String userKeys(long userId) {
        return prefix + "{u:" + userId + "}:";
    }

    private String tokenKey(long userId, String tokenHash) {
        return userKeys(userId) + "t:" + tokenHash;
    }

    /** With an empty {@code familyId}: the prefix the scripts put a family id after. */
    private String familyKey(long userId, String familyId) {
        return userKeys(userId) + "f:" + familyId;
    }

    private String familiesKey(long userId) {
        return userKeys(userId) + "families";
    }

    private String revocationKey(long userId) {
        return userKeys(userId) + "r";
    }

    private static <T> RedisScript<T> script(String name, Class<T> type) {
        return RedisScripts.fromClasspath("dev/stride/adapters/redis/session/" + name, type);
    }
}
