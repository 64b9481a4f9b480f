package dev.stride.application.port.in;

import dev.stride.domain.session.RefreshToken;
import dev.stride.domain.user.User;

import java.util.Objects;

/** A user who has just proven who they are, and the refresh token of their session. */
public record LoggedIn(User user, RefreshToken refreshToken) {

    public LoggedIn {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(refreshToken, "refreshToken");
    }
}
