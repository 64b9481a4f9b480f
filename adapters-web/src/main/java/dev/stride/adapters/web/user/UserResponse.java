package dev.stride.adapters.web.user;

import dev.stride.domain.user.Role;
import dev.stride.domain.user.User;

import java.time.Instant;

/** An account as the API shows it (never the password hash). */
public record UserResponse(long id, String email, String displayName, Role role, Instant createdAt) {

    public static UserResponse of(User user) {
        return new UserResponse(user.id(), user.email().value(), user.displayName(), user.role(), user.createdAt());
    }
}
