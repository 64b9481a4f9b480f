package dev.stride.adapters.web.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.stride.adapters.web.security.AccessTokens.AccessToken;

/** A successful login. {@code refreshToken} is left out until refresh tokens exist. */
record TokenResponse(
        String accessToken,
        String tokenType,
        long expiresIn,
        @JsonInclude(JsonInclude.Include.NON_NULL) String refreshToken) {

    static TokenResponse of(AccessToken token) {
        return new TokenResponse(token.value(), "Bearer", token.expiresIn().toSeconds(), null);
    }
}
