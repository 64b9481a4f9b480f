package dev.stride.adapters.web.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * The one HMAC key that signs and verifies access tokens, shared by every instance; other server
 * secrets are derived from it under a label of their own, so they work across instances too.
 */
public record JwtSigningKey(SecretKey key) {

    private static final Logger log = LoggerFactory.getLogger(JwtSigningKey.class);
    private static final String ALGORITHM = "HmacSHA256";

    /**
     * A key for another purpose: HMAC-SHA256 of the label under this key (HKDF's extract step), so a
     * value signed with it can never pass as an access-token signature and the other way round.
     */
    public SecretKey derive(String label) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return new SecretKeySpec(mac.doFinal(label.getBytes(StandardCharsets.UTF_8)), ALGORITHM);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    static JwtSigningKey from(StrideSecurityProperties properties) {
        if (properties.hasSecret()) {
            return new JwtSigningKey(new SecretKeySpec(properties.jwtSecret().getBytes(StandardCharsets.UTF_8), ALGORITHM));
        }
        log.warn("stride.security.jwt-secret is not set: signing access tokens with a random key generated at start-up. "
                + "Tokens die with this process and no other instance accepts them, so this is for a single instance "
                + "only; set STRIDE_SECURITY_JWT_SECRET (at least {} bytes) to run several.",
                StrideSecurityProperties.MIN_SECRET_BYTES);
        byte[] random = new byte[StrideSecurityProperties.MIN_SECRET_BYTES];
        new SecureRandom().nextBytes(random);
        return new JwtSigningKey(new SecretKeySpec(random, ALGORITHM));
    }
}
