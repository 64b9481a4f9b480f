package dev.stride.domain.user;

import java.time.Instant;
import java.util.Objects;

/** An account about to be stored (it has no id yet). */
public record NewUser(Email email, String passwordHash, String displayName, Role role, Instant createdAt) {

    public NewUser {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        User.requireValidDisplayName(displayName);
    }

    public User withId(long id) {
        return new User(id, email, passwordHash, displayName, role, createdAt, null);
    }
}
