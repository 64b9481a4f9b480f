package dev.stride.application.admin;

import dev.stride.application.cache.ActivityCache;
import dev.stride.application.port.in.admin.RestoreUserUseCase;
import dev.stride.application.security.SecurityEvents;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.port.AuditLog;
import dev.stride.domain.port.Transactions;
import dev.stride.domain.port.UserRepository;
import dev.stride.domain.shared.NotFoundException;
import dev.stride.domain.user.User;

import java.time.Clock;
import java.time.Instant;

/**
 * Restoring an account brings its activities back with it: they were never touched, only hidden
 * behind the account's deletion. The restored account logs in again with its old password. Its old
 * sessions and access tokens stay revoked: the access-token cutoff of the closing is kept until it
 * expires, and tokens issued after the restore pass it (it has millisecond precision).
 */
public final class RestoreUserService implements RestoreUserUseCase {

    private final UserRepository users;
    private final AuditLog audit;
    private final Transactions transactions;
    private final ActivityCache cache;
    private final Clock clock;
    private final SecurityEvents securityEvents;

    public RestoreUserService(UserRepository users, AuditLog audit, Transactions transactions,
                              ActivityCache cache, Clock clock, SecurityEvents securityEvents) {
        this.users = users;
        this.audit = audit;
        this.transactions = transactions;
        this.cache = cache;
        this.clock = clock;
        this.securityEvents = securityEvents;
    }

    @Override
    public User restore(long adminId, long userId, String sourceIp) {
        Instant now = clock.instant();
        User restored = transactions.inTransaction(() -> {
            User user = users.restore(userId).orElseThrow(() -> new NotFoundException("deleted user"));
            audit.record(AuditEntry.ofUser(adminId, AuditAction.RESTORE, userId, now).from(sourceIp));
            return user;
        });
        cache.userChanged(userId);
        securityEvents.countAdminAction();
        return restored;
    }
}
