package dev.stride.application.admin;

import dev.stride.application.cache.ActivityCache;
import dev.stride.application.port.in.RestoreUserUseCase;
import dev.stride.application.port.out.Transactions;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.port.AuditLog;
import dev.stride.domain.port.SessionStore;
import dev.stride.domain.port.UserRepository;
import dev.stride.domain.session.SessionStoreUnavailableException;
import dev.stride.domain.shared.NotFoundException;
import dev.stride.domain.user.User;

import java.time.Clock;
import java.time.Instant;

/**
 * Restoring an account brings its activities back with it: they were never touched, only hidden
 * behind the account's deletion. The restored account logs in again with its old password; after
 * the commit the revocation of its access tokens is lifted, or a token issued in the second of the
 * closing (JWT {@code iat} has whole seconds) would stay refused. Its old sessions stay revoked.
 */
public final class RestoreUserService implements RestoreUserUseCase {

    private static final System.Logger log = System.getLogger(RestoreUserService.class.getName());

    private final UserRepository users;
    private final AuditLog audit;
    private final Transactions transactions;
    private final SessionStore sessions;
    private final ActivityCache cache;
    private final Clock clock;

    public RestoreUserService(UserRepository users, AuditLog audit, Transactions transactions, SessionStore sessions,
                              ActivityCache cache, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.transactions = transactions;
        this.sessions = sessions;
        this.cache = cache;
        this.clock = clock;
    }

    @Override
    public User restore(long adminId, long userId) {
        Instant now = clock.instant();
        User restored = transactions.inTransaction(() -> {
            User user = users.restore(userId).orElseThrow(() -> new NotFoundException("deleted user"));
            audit.record(AuditEntry.ofUser(adminId, AuditAction.RESTORE, userId, now));
            return user;
        });
        liftRevocation(userId);
        cache.userChanged(userId);
        return restored;
    }

    /** Without the session store the account is restored all the same; only tokens of that one second stay refused. */
    private void liftRevocation(long userId) {
        try {
            sessions.liftAccessRevocation(userId);
        } catch (SessionStoreUnavailableException e) {
            log.log(System.Logger.Level.WARNING, "account {0} restored, but its token revocation could not be lifted: {1}",
                    userId, e.getMessage());
        }
    }
}
