package dev.stride.adapters.web.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SignatureCheckedOnceTest {

    private static final SecretKey KEY = new SecretKeySpec(
            "a-test-key-of-at-least-thirty-two-bytes".getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    private static final OAuth2Error REVOKED = new OAuth2Error("invalid_token", "The access token has been revoked", null);

    private static final OAuth2Error NOT_OURS = new OAuth2Error("invalid_token", "The subject is not one of ours", null);

    private final AtomicInteger parsed = new AtomicInteger();
    private final AtomicInteger claimChecks = new AtomicInteger();
    private final AtomicBoolean revoked = new AtomicBoolean();
    private final OAuth2TokenValidator<Jwt> claims = token -> {
        claimChecks.incrementAndGet();
        return "666".equals(token.getSubject()) ? OAuth2TokenValidatorResult.failure(NOT_OURS) : OAuth2TokenValidatorResult.success();
    };
    private final OAuth2TokenValidator<Jwt> validators = token -> revoked.get()
            ? OAuth2TokenValidatorResult.failure(REVOKED) : OAuth2TokenValidatorResult.success();
    private final JwtDecoder decoder = new SignatureCheckedOnce(countingParses(SignatureCheckedOnce.checking(KEY, claims)), validators, Duration.ofMinutes(15));

    @Test
    void aTokenSentAgainIsNotParsedAndVerifiedAgain() {
        String token = token("42");

        Jwt first = decoder.decode(token);
        Jwt second = decoder.decode(new String(token.toCharArray())); // as each request reads it: a new string

        assertThat(second.getSubject()).isEqualTo(first.getSubject()).isEqualTo("42");
        assertThat(parsed).hasValue(1);
        assertThat(claimChecks).as("a token's claims are its characters: checked once").hasValue(1);
    }

    /** Abuse case: a token with claims Stride refuses, sent again and again, is refused every time. */
    @Test
    void aTokenWhoseClaimsAreRefusedIsRefusedOnEveryUse() {
        String token = token("666");

        for (int use = 0; use < 3; use++) {
            assertThat(catchThrowableOfType(JwtValidationException.class, () -> decoder.decode(token)).getErrors()).containsExactly(NOT_OURS);
        }
        assertThat(parsed).as("never remembered").hasValue(3);
    }

    /** Abuse case: an attacker who saw a token accepted changes its claims and keeps its signature. */
    @Test
    void aRememberedTokensSignatureIsNoPassForAChangedToken() {
        String genuine = token("42");
        decoder.decode(genuine);
        String[] parts = genuine.split("\\.");
        String otherClaims = token("43").split("\\.")[1];

        assertThat(catchThrowableOfType(JwtException.class, () -> decoder.decode(parts[0] + "." + otherClaims + "." + parts[2])))
                .as("another subject under the remembered signature").isNotNull();
        assertThat(catchThrowableOfType(JwtException.class, () -> decoder.decode(parts[0] + "." + parts[1] + "." + flipped(parts[2]))))
                .as("the remembered claims under a changed signature").isNotNull();
    }

    @Test
    void everyValidatorRunsOnEveryUseSoARememberedTokenIsRefusedOnceRevoked() {
        String token = token("42");
        decoder.decode(token);

        revoked.set(true);

        assertThat(catchThrowableOfType(JwtValidationException.class, () -> decoder.decode(token)).getErrors()).containsExactly(REVOKED);
    }

    @Test
    void aRefusedTokenIsNotRememberedAndFailsAsNimbusWouldFailIt() {
        NimbusJwtDecoder nimbus = SignatureCheckedOnce.checking(KEY, validators);
        revoked.set(true);
        String token = token("42");

        JwtValidationException ours = catchThrowableOfType(JwtValidationException.class, () -> decoder.decode(token));
        JwtValidationException theirs = catchThrowableOfType(JwtValidationException.class, () -> nimbus.decode(token));
        revoked.set(false);
        decoder.decode(token);

        assertThat(ours).hasMessage(theirs.getMessage());
        assertThat(ours.getErrors()).isEqualTo(theirs.getErrors());
        assertThat(parsed).as("parsed again once accepted").hasValue(2);
    }

    private JwtDecoder countingParses(JwtDecoder decoder) {
        return token -> {
            parsed.incrementAndGet();
            return decoder.decode(token);
        };
    }

    private static String token(String subject) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder().subject(subject).issuedAt(now).expiresAt(now.plusSeconds(900)).build();
        return NimbusJwtEncoder.withSecretKey(KEY).algorithm(MacAlgorithm.HS256).build()
                .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims)).getTokenValue();
    }

    /** The signature with one character in its middle changed (the last one may carry only padding bits). */
    private static String flipped(String signature) {
        int middle = signature.length() / 2;
        char changed = signature.charAt(middle) == 'A' ? 'B' : 'A';
        return signature.substring(0, middle) + changed + signature.substring(middle + 1);
    }
}
