package dev.stride.application.user;

import dev.stride.application.event.DomainEvent.PasswordChanged;
import dev.stride.application.event.UnitOfWork;
import dev.stride.application.ratelimit.FailedLoginThrottle;
import dev.stride.application.port.in.user.ChangePasswordCommand;
import dev.stride.application.port.in.user.ChangePasswordUseCase;
import dev.stride.application.session.SessionRevocation;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.port.AuditLog;
import dev.stride.domain.port.PasswordHasher;
import dev.stride.domain.port.UserRepository;
import dev.stride.domain.shared.NotFoundException;
import dev.stride.domain.user.User;
import dev.stride.domain.user.WrongPasswordException;

import java.time.Clock;

/**
 * A password change, confirmed with the current password: a stolen access token alone cannot take
 * the account over, and a wrong current password counts as a failed login, so the endpoint is no
 * way around the login throttle. The other sessions end twice: before the change commits (a
 * session store that is down makes it a 503 with nothing changed, rather than a new password with
 * the old sessions still live) and, through the {@link PasswordChanged} event, after it (ending a
 * session someone opened with the old password in between).
 */
public final class ChangePasswordService implements ChangePasswordUseCase {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final UnitOfWork unitOfWork;
    private final SessionRevocation revocation;
    private final FailedLoginThrottle failedLogins;
    private final Clock clock;

    public ChangePasswordService(UserRepository users, PasswordHasher hasher, AuditLog audit, UnitOfWork unitOfWork,
                                 SessionRevocation revocation, FailedLoginThrottle failedLogins, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.audit = audit;
        this.unitOfWork = unitOfWork;
        this.revocation = revocation;
        this.failedLogins = failedLogins;
        this.clock = clock;
    }

    @Override
    public void changePassword(ChangePasswordCommand command) {
        User user = users.findLiveById(command.userId()).orElseThrow(() -> new NotFoundException("user"));
        String account = user.email().value();
        failedLogins.requireAttemptsLeft(account);
        if (!hasher.matches(command.currentPassword(), user.passwordHash())) {
            failedLogins.failed(account);
            throw new WrongPasswordException();
        }
        String newHash = hasher.hash(command.newPassword());
        revocation.endAllBut(user.id(), command.sessionId());
        unitOfWork.inTransaction(events -> {
            if (!users.updatePasswordHash(user.id(), newHash)) {
                throw new NotFoundException("user");
            }
            audit.record(AuditEntry.ofUser(user.id(), AuditAction.PASSWORD_CHANGE, user.id(), clock.instant()));
            events.record(new PasswordChanged(user.id(), command.sessionId()));
            return null;
        });
    }
}
