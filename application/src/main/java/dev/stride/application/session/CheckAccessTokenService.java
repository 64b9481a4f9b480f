package dev.stride.application.session;

import dev.stride.application.port.in.CheckAccessTokenUseCase;
import dev.stride.domain.port.SessionStore;
import dev.stride.domain.session.SessionStoreUnavailableException;

import java.time.Instant;

/**
 * The per-request revocation check: one session-store read, no database. When the store cannot be
 * reached the token counts as not revoked (fail open): access tokens live minutes, and refusing
 * every request while Redis is down would take the whole API down with it. A closed account's old
 * access token thus works during a Redis outage until it expires; its data stays hidden all the
 * same, because every read joins the account's live state in the database.
 */
public final class CheckAccessTokenService implements CheckAccessTokenUseCase {

    private static final System.Logger log = System.getLogger(CheckAccessTokenService.class.getName());

    private final SessionStore sessions;

    public CheckAccessTokenService(SessionStore sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean isRevoked(long userId, Instant issuedAt) {
        try {
            return sessions.accessRevokedBefore(userId).filter(issuedAt::isBefore).isPresent();
        } catch (SessionStoreUnavailableException e) {
            log.log(System.Logger.Level.DEBUG, "revocation check skipped (fail open): {0}", e.getMessage());
            return false;
        }
    }
}
