package dev.stride.adapters.web.user;

import dev.stride.domain.user.Role;
import dev.stride.domain.user.User;

import java.time.Instant;

/** An account as an admin sees it: with {@code deletedAt} (null while it is live). */
public record AdminUserResponse(long id, String email, String displayName, Role role, Instant createdAt, Instant deletedAt) {

    public static AdminUserResponse of(User user) {
        return new AdminUserResponse(user.id(), user.email().value(), user.displayName(), user.role(), user.createdAt(),
                user.deletedAt());
    }
}
