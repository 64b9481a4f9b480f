package dev.stride.adapters.web.security;

import dev.stride.application.port.in.session.CheckAccessTokenUseCase;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses access tokens issued before their account was closed (a 401 like any invalid token).
 * Runs after the signature, expiry, subject and {@code iat_ms} checks, so only tokens that are
 * otherwise valid cost a look-up.
 */
final class RevokedAccessTokenValidator implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2Error REVOKED = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
            "The access token has been revoked", null);

    private final CheckAccessTokenUseCase checkAccessToken;

    RevokedAccessTokenValidator(CheckAccessTokenUseCase checkAccessToken) {
        this.checkAccessToken = checkAccessToken;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        if (checkAccessToken.isRevoked(AccessTokens.userId(token), AccessTokens.issuedAt(token))) {
            return OAuth2TokenValidatorResult.failure(REVOKED);
        }
        return OAuth2TokenValidatorResult.success();
    }
}
