package dev.stride.application.session;

import dev.stride.application.event.DomainEvent;
import dev.stride.application.event.DomainEvent.AccountClosed;
import dev.stride.application.event.DomainEvent.ActivitiesChanged;
import dev.stride.application.event.DomainEvent.ActivityWritten;
import dev.stride.application.event.DomainEvent.AdminActed;
import dev.stride.application.event.DomainEvent.PasswordChanged;
import dev.stride.application.event.EventSubscriber;
import dev.stride.domain.session.SessionStoreUnavailableException;

/**
 * The session store's subscription: a closed account loses every session and access token, a
 * changed password every session but the caller's. Both happen after the commit, so nothing is
 * revoked for a write that rolled back, and no login can open a session afterwards (it finds no
 * live account, or checks the new password). A session store that is down costs a warning only:
 * the write stands, refreshing checks the account in the database, and access tokens expire
 * (fail open, see {@link CheckAccessTokenService}).
 */
public final class SessionEnding implements EventSubscriber {

    private static final System.Logger log = System.getLogger(SessionEnding.class.getName());

    private final SessionRevocation revocation;

    public SessionEnding(SessionRevocation revocation) {
        this.revocation = revocation;
    }

    @Override
    public void on(DomainEvent event) {
        switch (event) {
            case AccountClosed(long userId) -> bestEffort(() -> revocation.endAll(userId),
                    "account {0} closed, but its sessions could not be revoked: {1}", userId);
            case PasswordChanged(long userId, String keptSessionId) -> bestEffort(() -> revocation.endAllBut(userId, keptSessionId),
                    "password of user {0} changed; sessions opened during the change could not be ended: {1}", userId);
            case ActivityWritten written -> {
                // sessions do not depend on activities
            }
            case ActivitiesChanged changed -> {
                // nor on which of them are live
            }
            case AdminActed acted -> {
                // the change itself comes with an event of its own
            }
        }
    }

    private static void bestEffort(Runnable revoke, String warning, long userId) {
        try {
            revoke.run();
        } catch (SessionStoreUnavailableException e) {
            log.log(System.Logger.Level.WARNING, warning, userId, e.getMessage());
        }
    }
}
