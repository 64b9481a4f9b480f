package dev.stride.application.user;

import dev.stride.application.cache.ActivityCache;
import dev.stride.application.port.in.user.DeleteAccountUseCase;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.port.AuditLog;
import dev.stride.domain.port.SessionStore;
import dev.stride.domain.port.Transactions;
import dev.stride.domain.port.UserRepository;
import dev.stride.domain.session.AccessTokenPolicy;
import dev.stride.domain.session.SessionStoreUnavailableException;
import dev.stride.domain.shared.NotFoundException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Closing an account: the soft delete and its audit row commit together; only then are sessions and
 * access tokens revoked and caches retired, so nothing is revoked for an account that stayed live,
 * and no login can open a session after the revocation (it finds no live account).
 */
public final class DeleteAccountService implements DeleteAccountUseCase {

    private static final System.Logger log = System.getLogger(DeleteAccountService.class.getName());

    private final UserRepository users;
    private final AuditLog audit;
    private final Transactions transactions;
    private final SessionStore sessions;
    private final ActivityCache cache;
    private final Clock clock;
    private final Duration accessTokenTtl;

    public DeleteAccountService(UserRepository users, AuditLog audit, Transactions transactions, SessionStore sessions,
                                ActivityCache cache, Clock clock, Duration accessTokenTtl) {
        this.users = users;
        this.audit = audit;
        this.transactions = transactions;
        this.sessions = sessions;
        this.cache = cache;
        this.clock = clock;
        this.accessTokenTtl = accessTokenTtl;
    }

    @Override
    public void deleteAccount(long userId) {
        Instant now = clock.instant();
        transactions.inTransaction(() -> {
            if (!users.softDelete(userId, now)) {
                throw new NotFoundException("user");
            }
            audit.record(AuditEntry.ofUser(userId, AuditAction.SOFT_DELETE, userId, now));
            return null;
        });
        revokeEverything(userId, now);
        cache.userChanged(userId);
    }

    /**
     * The account is closed whatever happens here. If the session store is down, refreshing still
     * fails (it checks the account), and old access tokens work until they expire (fail open).
     */
    private void revokeEverything(long userId, Instant now) {
        try {
            sessions.revokeAllOf(userId);
            sessions.revokeAccessIssuedBefore(userId, now, AccessTokenPolicy.lastAcceptance(now, accessTokenTtl));
        } catch (SessionStoreUnavailableException e) {
            log.log(System.Logger.Level.WARNING, "account {0} closed, but its sessions could not be revoked: {1}",
                    userId, e.getMessage());
        }
    }
}
