package dev.stride.application.admin;

import dev.stride.application.event.DomainEvent.ActivitiesChanged;
import dev.stride.application.event.DomainEvent.AdminActed;
import dev.stride.application.event.UnitOfWork;
import dev.stride.application.port.in.admin.RestoreUserUseCase;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.port.AuditLog;
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
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RestoreUserService(UserRepository users, AuditLog audit, UnitOfWork unitOfWork, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public User restore(long adminId, long userId, String sourceIp) {
        Instant now = clock.instant();
        return unitOfWork.inTransaction(events -> {
            User user = users.restore(userId).orElseThrow(() -> new NotFoundException("deleted user"));
            audit.record(AuditEntry.ofUser(adminId, AuditAction.RESTORE, userId, now).from(sourceIp));
            events.record(new ActivitiesChanged(userId));
            events.record(new AdminActed(adminId));
            return user;
        });
    }
}
