package dev.stride.adapters.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * {@code stride.security.*}.
 *
 * @param jwtSecret      the HMAC-SHA256 key for access tokens (its UTF-8 bytes, at least 32 of them), shared by
 *                       every instance; blank or absent means a random key for this process only
 * @param accessTokenTtl how long an access token is valid
 */
@ConfigurationProperties("stride.security")
record StrideSecurityProperties(String jwtSecret, @DefaultValue("15m") Duration accessTokenTtl) {

    static final int MIN_SECRET_BYTES = 32;

    StrideSecurityProperties {
        if (hasSecret(jwtSecret) && jwtSecret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("stride.security.jwt-secret must be at least " + MIN_SECRET_BYTES
                    + " bytes (256 bits) for HS256, but it has " + jwtSecret.getBytes(StandardCharsets.UTF_8).length);
        }
        if (accessTokenTtl.isNegative() || accessTokenTtl.isZero()) {
            throw new IllegalArgumentException("stride.security.access-token-ttl must be positive, but is " + accessTokenTtl);
        }
    }

    boolean hasSecret() {
        return hasSecret(jwtSecret);
    }

    private static boolean hasSecret(String secret) {
        return secret != null && !secret.isBlank();
    }
}
