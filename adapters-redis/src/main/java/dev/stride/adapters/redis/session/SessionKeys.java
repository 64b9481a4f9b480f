package dev.stride.adapters.redis.session;

import dev.stride.adapters.redis.tracking.KnownValues;
import dev.stride.adapters.redis.tracking.TrackedKeys;

import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Where sessions live in Redis, under the key prefix; every key has a TTL, and all of a user's keys
 * share the hash tag {@code {u:<user id>}}, so every script runs on one cluster node and stays one
 * atomic step:
 * <pre>
 *   s:t:{token hash}             the token's user id, so that a presented token finds its user's slot; as long as the token
 *   s:{u:user}:t:{token hash}    hash: u (user), f (family), x (expiry, epoch ms), s (spent 0/1); until the token's expiry
 *   s:{u:user}:f:{family id}     the user id, while the family is live: as long as its newest token; deleted on revocation
 *   s:{u:user}:families          set of the user's family ids, as long as their newest token
 *   s:{u:user}:r                 the access-token cutoff (epoch ms), as long as tokens issued before it can live
 * </pre>
 */
final class SessionKeys {

    private final String prefix;

    SessionKeys(String keyPrefix) {
        this.prefix = keyPrefix + "s:";
    }

    String pointer(String tokenHash) {
        return prefix + "t:" + tokenHash;
    }

    String token(long userId, String tokenHash) {
        return user(userId) + "t:" + tokenHash;
    }

    /** With an empty {@code familyId}: the prefix the scripts put a family id after. */
    String family(long userId, String familyId) {
        return user(userId) + "f:" + familyId;
    }

    String families(long userId) {
        return user(userId) + "families";
    }

    String accessCutoff(long userId) {
        return user(userId) + "r";
    }

    /**
     * The access-token cutoffs (keyed by their Redis key), tracked: every user's keys are, since a
     * broadcast prefix cannot single out the cutoff's suffix; the pushes for the others are ignored.
     */
    TrackedKeys trackedCutoffs(Duration timeout, Duration lag, LongSupplier nanoTime) {
        return new TrackedKeys(List.of(prefix + "{u:"), SessionKeys::changed, timeout, lag, nanoTime);
    }

    private static void changed(String key, KnownValues known) {
        if (key.endsWith("}:r")) {
            known.forget(key);
        }
    }

    /** Everything of one user lives in one hash slot. */
    private String user(long userId) {
        return prefix + "{u:" + userId + "}:";
    }
}
