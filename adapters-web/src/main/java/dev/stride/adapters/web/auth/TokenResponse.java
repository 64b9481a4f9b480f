package dev.stride.adapters.web.auth;

import dev.stride.adapters.web.security.AccessTokens.AccessToken;
import dev.stride.application.port.in.session.LoggedIn;

/** A successful login or refresh: a short-lived access token and the refresh token of the session. */
record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken) {

    static TokenResponse of(AccessToken token, LoggedIn session) {
        return new TokenResponse(token.value(), "Bearer", token.expiresIn().toSeconds(), session.refreshToken().value());
    }
}
