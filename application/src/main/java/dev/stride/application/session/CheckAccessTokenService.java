package dev.stride.application.session;

import dev.stride.application.port.in.session.CheckAccessTokenUseCase;
import dev.stride.domain.port.SessionStore;
import dev.stride.domain.session.SessionStoreUnavailableException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The per-request revocation check: one session-store read, no database. When the store cannot be
 * reached the token counts as not revoked (fail open): access tokens live minutes, and refusing
 * every request while Redis is down would take the whole API down with it. After a failure the
 * store is not asked again for {@code backOff}, so an outage does not cost every request a timeout.
 */
public final class CheckAccessTokenService implements CheckAccessTokenUseCase {

    private static final System.Logger log = System.getLogger(CheckAccessTokenService.class.getName());

    private final SessionStore sessions;
    private final Clock clock;
    private final Duration backOff;
    private volatile Instant skipUntil = Instant.MIN;

    public CheckAccessTokenService(SessionStore sessions, Clock clock, Duration backOff) {
        this.sessions = sessions;
        this.clock = clock;
        this.backOff = backOff;
    }

    @Override
    public boolean isRevoked(long userId, Instant issuedAt) {
        if (clock.instant().isBefore(skipUntil)) {
            return false;
        }
        try {
            return sessions.accessRevokedBefore(userId).filter(cutoff -> !issuedAt.isAfter(cutoff)).isPresent();
        } catch (SessionStoreUnavailableException e) {
            skipUntil = clock.instant().plus(backOff);
            log.log(System.Logger.Level.WARNING, "access-token revocation not checked for {0} (fail open): {1}",
                    backOff, e.getMessage());
            return false;
        }
    }
}
