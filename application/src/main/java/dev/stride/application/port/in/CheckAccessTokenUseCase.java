package dev.stride.application.port.in;

import java.time.Instant;

/** Asked on every authenticated request, after the token's signature and expiry have been checked. */
public interface CheckAccessTokenUseCase {

    /**
     * Whether an access token of this user issued at {@code issuedAt} has been revoked (the account
     * was closed after it was issued). Costs one session-store read and no database round trip;
     * answers false when the session store cannot be reached (fail open: access tokens are short-lived).
     */
    boolean isRevoked(long userId, Instant issuedAt);
}
