package dev.stride.application.user;

import dev.stride.application.event.DomainEvent.AccountClosed;
import dev.stride.application.event.UnitOfWork;
import dev.stride.application.port.in.user.DeleteAccountUseCase;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.port.AuditLog;
import dev.stride.domain.port.UserRepository;
import dev.stride.domain.shared.NotFoundException;

import java.time.Clock;
import java.time.Instant;

/**
 * Closing an account: the soft delete and its audit row commit together; only then do the
 * subscribers hear that the account closed (sessions and access tokens are revoked, caches retired),
 * so nothing is revoked for an account that stayed live, and no login can open a session after the
 * revocation (it finds no live account).
 */
public final class DeleteAccountService implements DeleteAccountUseCase {

    private final UserRepository users;
    private final AuditLog audit;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public DeleteAccountService(UserRepository users, AuditLog audit, UnitOfWork unitOfWork, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void deleteAccount(long userId) {
        Instant now = clock.instant();
        unitOfWork.inTransaction(events -> {
            if (!users.softDelete(userId, now)) {
                throw new NotFoundException("user");
            }
            audit.record(AuditEntry.ofUser(userId, AuditAction.SOFT_DELETE, userId, now));
            events.record(new AccountClosed(userId));
            return null;
        });
    }
}
