package dev.stride.domain.activity;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored activity. {@code version} and {@code updatedAt} move with every change (edit, soft delete, restore) and backs optimistic concurrency
 * (the HTTP ETag); {@code deletedAt} is set while the activity sits in the trash.
 */
public record Activity(
        long id,
        long userId,
        ActivityDetails details,
        int version,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt) {

    public Activity {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (version < 1) {
            throw new IllegalArgumentException("version must be positive");
        }
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
