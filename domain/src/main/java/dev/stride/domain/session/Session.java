package dev.stride.domain.session;

import java.time.Instant;
import java.util.Objects;

/**
 * One refresh token as the server stores it. Every token of one login shares a {@code familyId}:
 * refreshing spends the token and issues its successor in the same family, so a token presented
 * twice (stolen, or replayed) identifies the family to revoke.
 */
public record Session(String tokenHash, long userId, String familyId, Instant expiresAt) {

    public Session {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
