package dev.stride.adapters.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code stride.security.*}.
 *
 * @param jwtSecret      the HMAC-SHA256 key for access tokens (its UTF-8 bytes, at least 32 of them, random rather
 *                       than words), shared by every instance; blank or absent means a random key for this process only
 * @param accessTokenTtl how long an access token is valid
 * @param issuer         the {@code iss} of every access token, and the only one accepted
 * @param audience       the {@code aud} of every access token, which must name it to be accepted
 */
@ConfigurationProperties("stride.security")
record StrideSecurityProperties(String jwtSecret, @DefaultValue("15m") Duration accessTokenTtl,
                                @DefaultValue("stride") String issuer, @DefaultValue("stride-api") String audience) {

    StrideSecurityProperties {
        if (hasSecret(jwtSecret)) {
            SecretStrength.weakness(jwtSecret).ifPresent(weakness -> {
                throw new IllegalArgumentException("stride.security.jwt-secret " + weakness);
            });
        }
        if (accessTokenTtl.isNegative() || accessTokenTtl.isZero()) {
            throw new IllegalArgumentException("stride.security.access-token-ttl must be positive, but is " + accessTokenTtl);
        }
        if (issuer.isBlank() || audience.isBlank()) {
            throw new IllegalArgumentException("stride.security.issuer and stride.security.audience must not be blank");
        }
    }

    boolean hasSecret() {
        return hasSecret(jwtSecret);
    }

    private static boolean hasSecret(String secret) {
        return secret != null && !secret.isBlank();
    }
}
