package dev.stride.application.session;

import dev.stride.application.port.in.session.LogOutEverywhereUseCase;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.port.AuditLog;
import dev.stride.domain.port.Transactions;

import java.time.Clock;

/**
 * "Sign out of a lost phone": every session ends. The revocation comes first, so a session store
 * that is down answers 503 and nothing is recorded as done; the audit row follows it.
 */
public final class LogOutEverywhereService implements LogOutEverywhereUseCase {

    private final SessionRevocation revocation;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public LogOutEverywhereService(SessionRevocation revocation, AuditLog audit, Transactions transactions, Clock clock) {
        this.revocation = revocation;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void logOutEverywhere(long userId) {
        revocation.endAll(userId);
        transactions.inTransaction(() -> {
            audit.record(AuditEntry.ofUser(userId, AuditAction.LOGOUT_ALL, userId, clock.instant()));
            return null;
        });
    }
}
