package dev.stride.domain.user;

import dev.stride.domain.shared.Violations;

import java.time.Instant;
import java.util.Objects;

/** An account. {@code passwordHash} is an encoded hash, never a password; {@code deletedAt} marks a soft delete. */
public record User(
        long id,
        Email email,
        String passwordHash,
        String displayName,
        Role role,
        Instant createdAt,
        Instant deletedAt) {

    public static final int MAX_DISPLAY_NAME = 100;

    public User {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        requireValidDisplayName(displayName);
    }

    static void requireValidDisplayName(String displayName) {
        new Violations()
                .require(displayName != null && !displayName.isBlank(), "displayName", "must not be blank")
                .maxLength(displayName, MAX_DISPLAY_NAME, "displayName")
                .storableText(displayName, "displayName")
                .throwIfAny();
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
