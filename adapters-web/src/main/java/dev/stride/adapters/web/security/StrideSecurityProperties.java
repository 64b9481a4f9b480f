package dev.stride.adapters.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code stride.security.*}: the access tokens this adapter signs and verifies, and the lifetimes and
 * revocation check of the sessions behind them, which bootstrap hands to the session use cases.
 *
 * @param jwtSecret               the HMAC-SHA256 key for access tokens (its UTF-8 bytes, at least 32 of them, random
 *                                rather than words), shared by every instance; blank or absent means a random key for
 *                                this process only
 * @param accessTokenTtl          how long an access token is valid
 * @param refreshTokenTtl         lifetime of a refresh token (each refresh issues a new one with a full lifetime)
 * @param refreshTokenMaxLifetime longest a login can be kept alive by refreshing, from the login on
 * @param revocationCheckBackOff  after Redis failed the per-request revocation check, how long an instance skips it
 *                                (fail open); {@code 0} asks Redis on every request
 * @param issuer                  the {@code iss} of every access token, and the only one accepted
 * @param audience                the {@code aud} of every access token, which must name it to be accepted
 */
@ConfigurationProperties("stride.security")
public record StrideSecurityProperties(
        String jwtSecret,
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("30d") Duration refreshTokenTtl,
        @DefaultValue("90d") Duration refreshTokenMaxLifetime,
        @DefaultValue("1s") Duration revocationCheckBackOff,
        @DefaultValue("stride") String issuer,
        @DefaultValue("stride-api") String audience) {

    public StrideSecurityProperties {
        if (hasSecret(jwtSecret)) {
            SecretStrength.weakness(jwtSecret).ifPresent(weakness -> {
                throw new IllegalArgumentException("stride.security.jwt-secret " + weakness);
            });
        }
        requirePositive("access-token-ttl", accessTokenTtl);
        requirePositive("refresh-token-ttl", refreshTokenTtl);
        requirePositive("refresh-token-max-lifetime", refreshTokenMaxLifetime);
        if (revocationCheckBackOff.isNegative()) {
            throw new IllegalArgumentException("stride.security.revocation-check-back-off must not be negative, but is "
                    + revocationCheckBackOff);
        }
        if (issuer.isBlank() || audience.isBlank()) {
            throw new IllegalArgumentException("stride.security.issuer and stride.security.audience must not be blank");
        }
    }

    boolean hasSecret() {
        return hasSecret(jwtSecret);
    }

    /** Never prints the key (a failed start-up or a debug log may print the properties). */
    @Override
    public String toString() {
        return "StrideSecurityProperties[jwtSecret=" + (hasSecret() ? "(set)" : "(random)") + ", accessTokenTtl="
                + accessTokenTtl + ", refreshTokenTtl=" + refreshTokenTtl + ", refreshTokenMaxLifetime="
                + refreshTokenMaxLifetime + ", revocationCheckBackOff=" + revocationCheckBackOff + ", issuer=" + issuer
                + ", audience=" + audience + "]";
    }

    private static boolean hasSecret(String secret) {
        return secret != null && !secret.isBlank();
    }

    private static void requirePositive(String key, Duration value) {
        if (!value.isPositive()) {
            throw new IllegalArgumentException("stride.security." + key + " must be positive, but is " + value);
        }
    }
}
