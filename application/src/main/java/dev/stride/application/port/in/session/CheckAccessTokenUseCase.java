package dev.stride.application.port.in.session;

import java.time.Instant;

/** Asked on every authenticated request, after the token's signature and expiry have been checked. */
public interface CheckAccessTokenUseCase {

    /**
     * Whether an access token of this user issued at {@code issuedAt} has been revoked: the account
     * was closed at or after that instant (a JWT's {@code iat} has whole seconds, so a token issued in
     * the very second of the closing counts as issued before it). Costs one session-store read and no database round trip;
     * answers false when the session store cannot be reached (fail open: access tokens are short-lived).
     */
    boolean isRevoked(long userId, Instant issuedAt);
}
