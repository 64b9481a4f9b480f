package dev.stride.bootstrap.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code stride.security.*-ttl}: how long access tokens (JWTs) and refresh tokens (sessions) live;
 * {@code refresh-token-max-lifetime}: how long a login's sessions can be kept alive by refreshing.
 *
 * @param accessTokenTtl          lifetime of access tokens
 * @param refreshTokenTtl         lifetime of a refresh token (each refresh issues a new one with a full lifetime)
 * @param refreshTokenMaxLifetime longest a login can be kept alive by refreshing, from the login on
 */
@ConfigurationProperties("stride.security")
public record TokenLifetimes(
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("30d") Duration refreshTokenTtl,
        @DefaultValue("90d") Duration refreshTokenMaxLifetime) {

    public TokenLifetimes {
        if (!accessTokenTtl.isPositive() || !refreshTokenTtl.isPositive() || !refreshTokenMaxLifetime.isPositive()) {
            throw new IllegalArgumentException("token lifetimes must be positive");
        }
    }
}
