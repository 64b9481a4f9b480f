package dev.stride.adapters.redis.session;

import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Each user's access-token cutoff: access tokens issued before it are refused (after a logout
 * everywhere, a password change, a closed account). Kept only as long as such a token could live.
 */
final class AccessTokenCutoffs {

    private final StringRedisTemplate redis;
    private final SessionKeys keys;

    AccessTokenCutoffs(StringRedisTemplate redis, SessionKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    void set(long userId, Instant cutoff, Duration keep) {
        redis.opsForValue().set(keys.accessCutoff(userId), String.valueOf(cutoff.toEpochMilli()), keep);
    }

    Optional<Instant> of(long userId) {
        return Optional.ofNullable(redis.opsForValue().get(keys.accessCutoff(userId)))
                .map(ms -> Instant.ofEpochMilli(Long.parseLong(ms)));
    }
}
