package dev.stride.bootstrap.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code stride.security.*-ttl}: how long access tokens (JWTs) and refresh tokens (sessions) live.
 *
 * @param accessTokenTtl  lifetime of access tokens
 * @param refreshTokenTtl lifetime of a refresh token (each refresh issues a new one with a full lifetime)
 */
@ConfigurationProperties("stride.security")
public record TokenLifetimes(
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("30d") Duration refreshTokenTtl) {

    public TokenLifetimes {
        if (!accessTokenTtl.isPositive() || !refreshTokenTtl.isPositive()) {
            throw new IllegalArgumentException("token lifetimes must be positive");
        }
    }
}
