package dev.stride.adapters.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import javax.crypto.SecretKey;

import java.time.Duration;

/**
 * Parses a token and checks its signature and claims once, then runs the validators whose answer can
 * change (expiry, revocation) on every request. Parsing, the HMAC and the claims (issuer, audience,
 * subject) are pure functions of the token's exact characters, and were about a sixth of an
 * authenticated request's CPU in the bench's profile; a client sends the same token for its whole life.
 * What is remembered is the parsed token of a string that passed all validators, keyed by that whole
 * string, signature included: a token changed in any character is another key, parsed and verified
 * afresh. Expiry and the revocation check are never remembered: they run on each use, so a token
 * expires, and is refused once revoked, exactly as before.
 * <p>
 * A failure is thrown as {@code NimbusJwtDecoder} throws it, so clients see the same 401.
 */
final class SignatureCheckedOnce implements JwtDecoder {

    /** Tokens in active use on one instance; a few MB at most, and a forgotten one is only parsed again. */
    private static final int REMEMBERED_TOKENS = 10_000;

    private final JwtDecoder parseAndCheck;
    private final OAuth2TokenValidator<Jwt> everyUse;
    private final Cache<String, Jwt> verified;

    /**
     * @param parseAndCheck a decoder that checks the signature and what a token's characters decide ({@link #checking})
     * @param everyUse      what may refuse a token that passed before, run on every decode
     * @param longestLife   how long a token may be valid: none is remembered longer
     */
    SignatureCheckedOnce(JwtDecoder parseAndCheck, OAuth2TokenValidator<Jwt> everyUse, Duration longestLife) {
        this.parseAndCheck = parseAndCheck;
        this.everyUse = everyUse;
        this.verified = Caffeine.newBuilder().maximumSize(REMEMBERED_TOKENS).expireAfterWrite(longestLife).build();
    }

    /** Nimbus's HS256 decoder with these validators in place of its own: the checks worth remembering. */
    static NimbusJwtDecoder checking(SecretKey key, OAuth2TokenValidator<Jwt> once) {
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        nimbus.setJwtValidator(once);
        return nimbus;
    }

    @Override
    public Jwt decode(String token) {
        Jwt remembered = verified.getIfPresent(token);
        Jwt jwt = remembered != null ? remembered : parseAndCheck.decode(token);
        OAuth2TokenValidatorResult result = everyUse.validate(jwt);
        if (result.hasErrors()) {
            throw new JwtValidationException(message(result), result.getErrors());
        }
        if (remembered == null) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    /** {@code NimbusJwtDecoder}'s message for a token that fails validation. */
    private static String message(OAuth2TokenValidatorResult result) {
        return result.getErrors().stream().map(OAuth2Error::getDescription)
                .filter(description -> description != null && !description.isEmpty()).findFirst()
                .map(description -> "An error occurred while attempting to decode the Jwt: " + description)
                .orElse("Unable to validate Jwt");
    }
}
