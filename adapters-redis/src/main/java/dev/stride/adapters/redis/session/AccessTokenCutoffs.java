package dev.stride.adapters.redis.session;

import dev.stride.adapters.redis.tracking.KnownValues;
import dev.stride.adapters.redis.tracking.TrackedKeys;
import dev.stride.adapters.redis.tracking.TrackingConnection;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.async.RedisAsyncCommands;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Each user's access-token cutoff: access tokens issued before it are refused (after a logout
 * everywhere, a password change, a closed account). Kept only as long as such a token could live.
 * <p>
 * Checked on every authenticated request, so on a single server the cutoffs are tracked
 * ({@link TrackedKeys}, on a {@link TrackingConnection} of their own): a cutoff, or the absence of
 * one, that this instance has read is used again without reading it, behind the tracking's fence, so
 * a revocation acknowledged by any instance before a request began is seen by it. A revocation is
 * acknowledged only after the tracking's lag, so that the fence may have begun up to that long before
 * the request: kept recent in the background, it rarely makes a request wait. A cutoff is known with its expiry: Redis pushes an
 * expiry only once it has removed the key, which may be later. Until tracking is on, and on a Redis
 * Cluster, every check reads the key on the state connection.
 */
final class AccessTokenCutoffs {

    /** What is known of a user without a cutoff; else {@code <cutoff ms>@<expiry ms>}. */
    private static final String NONE = "";
    /** PEXPIRETIME: the key has no expiry; the key is gone (deleted between the two reads). */
    private static final long NO_EXPIRY = -1, GONE = -2;

    private final StringRedisTemplate redis;
    private final SessionKeys keys;
    private final TrackingConnection tracking;
    private final TrackedKeys tracked;
    private final Clock clock;

    AccessTokenCutoffs(StringRedisTemplate redis, SessionKeys keys, TrackingConnection tracking, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.tracking = tracking;
        this.tracked = tracking.tracked();
        this.clock = clock;
    }

    void set(long userId, Instant cutoff, Duration keep) {
        redis.opsForValue().set(keys.accessCutoff(userId), String.valueOf(cutoff.toEpochMilli()), keep);
        tracked.afterChange();
    }

    Optional<Instant> of(long userId) {
        String key = keys.accessCutoff(userId);
        long start = tracked.now();
        String known = tracked.known(key);
        if (known != null && !expired(known) && known.equals(tracked.fenced(key, start))) {
            return cutoffOf(known);
        }
        RedisAsyncCommands<String, String> trackingCommands = tracking.whileTracking();
        if (trackingCommands == null) {
            return Optional.ofNullable(redis.opsForValue().get(key)).map(AccessTokenCutoffs::instant);
        }
        if (known != null) {
            tracked.forget(key); // expired here, maybe not yet in Redis: the read below lets Redis remove it
        }
        KnownValues.Read read = tracked.reading(key);
        RedisFuture<String> value = trackingCommands.get(key);
        RedisFuture<Long> expiry = trackingCommands.pexpiretime(key); // the same round trip
        String answer = knownValue(value.toCompletableFuture().join(), expiry.toCompletableFuture().join());
        tracked.answered(read, answer);
        return cutoffOf(answer);
    }

    private static String knownValue(String cutoff, long expiry) {
        if (cutoff == null) {
            return NONE;
        }
        return cutoff + "@" + (expiry == NO_EXPIRY ? Long.MAX_VALUE : expiry == GONE ? 0 : expiry);
    }

    private boolean expired(String known) {
        return !known.equals(NONE) && clock.millis() >= Long.parseLong(known.substring(known.indexOf('@') + 1));
    }

    private static Optional<Instant> cutoffOf(String known) {
        return known.equals(NONE) ? Optional.empty() : Optional.of(instant(known.substring(0, known.indexOf('@'))));
    }

    private static Instant instant(String millis) {
        return Instant.ofEpochMilli(Long.parseLong(millis));
    }
}
