package dev.stride.application.port.in.session;

import dev.stride.domain.session.RefreshToken;
import dev.stride.domain.user.User;

import java.util.Objects;

/**
 * A user who has just proven who they are, and the refresh token of their session; {@code sessionId}
 * names the session (the login family) so that its access tokens can say which one they belong to.
 */
public record LoggedIn(User user, RefreshToken refreshToken, String sessionId) {

    public LoggedIn {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
