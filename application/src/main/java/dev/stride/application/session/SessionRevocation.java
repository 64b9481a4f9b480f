package dev.stride.application.session;

import dev.stride.domain.port.SessionStore;
import dev.stride.domain.session.AccessTokenPolicy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Ends sessions of a user the way the session store knows how: their refresh-token families are
 * revoked, and a cutoff makes every access token issued until now stop working (kept as long as
 * such a token can be accepted). May throw what the store throws.
 */
public final class SessionRevocation {

    private final SessionStore sessions;
    private final Clock clock;
    private final Duration accessTokenTtl;

    public SessionRevocation(SessionStore sessions, Clock clock, Duration accessTokenTtl) {
        this.sessions = sessions;
        this.clock = clock;
        this.accessTokenTtl = accessTokenTtl;
    }

    /** Every session of the user ends. */
    public void endAll(long userId) {
        sessions.revokeAllOf(userId);
        cutOffAccessTokens(userId);
    }

    /**
     * Every session but {@code keptSessionId} ends (every one when it is null). The kept session's
     * access tokens stop working too; its refresh token gets it new ones.
     */
    public void endAllBut(long userId, String keptSessionId) {
        if (keptSessionId == null) {
            sessions.revokeAllOf(userId);
        } else {
            sessions.revokeAllOfExcept(userId, keptSessionId);
        }
        cutOffAccessTokens(userId);
    }

    private void cutOffAccessTokens(long userId) {
        Instant now = clock.instant();
        sessions.revokeAccessIssuedBefore(userId, now, AccessTokenPolicy.lastAcceptance(now, accessTokenTtl));
    }
}
