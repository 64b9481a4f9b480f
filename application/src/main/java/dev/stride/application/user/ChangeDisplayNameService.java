package dev.stride.application.user;

import dev.stride.application.port.in.user.ChangeDisplayNameUseCase;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.port.AuditLog;
import dev.stride.domain.port.Transactions;
import dev.stride.domain.port.UserRepository;
import dev.stride.domain.shared.NotFoundException;
import dev.stride.domain.user.User;

import java.time.Clock;

/** The change and its audit row commit together. */
public final class ChangeDisplayNameService implements ChangeDisplayNameUseCase {

    private final UserRepository users;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public ChangeDisplayNameService(UserRepository users, AuditLog audit, Transactions transactions, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public User changeDisplayName(long userId, String displayName) {
        User.requireValidDisplayName(displayName);
        return transactions.inTransaction(() -> {
            User changed = users.updateDisplayName(userId, displayName).orElseThrow(() -> new NotFoundException("user"));
            audit.record(AuditEntry.ofUser(userId, AuditAction.PROFILE_UPDATE, userId, clock.instant()));
            return changed;
        });
    }
}
