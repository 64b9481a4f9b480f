package dev.stride.adapters.web.security;

import dev.stride.domain.user.User;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Issues the short-lived JWT access tokens: {@code sub} = user id, {@code role}, {@code email},
 * {@code iss}, {@code aud}, {@code iat}, {@code exp}, and {@code iat_ms}: the issue instant in
 * milliseconds, because {@code iat} has whole seconds and a revocation must tell apart tokens issued
 * just before and just after it.
 */
public final class AccessTokens {

    static final String ROLE_CLAIM = "role";
    static final String EMAIL_CLAIM = "email";
    static final String ISSUED_AT_MILLIS_CLAIM = "iat_ms";

    private final JwtEncoder encoder;
    private final Duration ttl;
    private final String issuer;
    private final String audience;
    private final Clock clock;

    AccessTokens(JwtEncoder encoder, StrideSecurityProperties properties, Clock clock) {
        this.encoder = encoder;
        this.ttl = properties.accessTokenTtl();
        this.issuer = properties.issuer();
        this.audience = properties.audience();
        this.clock = clock;
    }

    /** A signed access token and its lifetime. */
    public record AccessToken(String value, Duration expiresIn) {
    }

    public AccessToken issue(User user) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .subject(Long.toString(user.id()))
                .claim(ROLE_CLAIM, user.role().name())
                .claim(EMAIL_CLAIM, user.email().value())
                .issuer(issuer)
                .audience(List.of(audience))
                .issuedAt(now)
                .claim(ISSUED_AT_MILLIS_CLAIM, now.toEpochMilli())
                .expiresAt(now.plus(ttl))
                .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        return new AccessToken(encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue(), ttl);
    }

    /** When a verified token was issued, to the millisecond; the decoder rejects tokens without {@code iat_ms}. */
    static Instant issuedAt(Jwt token) {
        return Instant.ofEpochMilli(((Number) token.getClaim(ISSUED_AT_MILLIS_CLAIM)).longValue());
    }

    /** The user id in a verified token's subject; the decoder rejects tokens whose subject is not one. */
    static long userId(Jwt token) {
        return Long.parseLong(token.getSubject());
    }

    static boolean isUserId(Object subject) {
        try {
            return subject instanceof String text && Long.parseLong(text) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
