package dev.stride.application.security;

import dev.stride.application.event.DomainEvent;
import dev.stride.application.event.DomainEvent.AccountClosed;
import dev.stride.application.event.DomainEvent.ActivitiesChanged;
import dev.stride.application.event.DomainEvent.ActivityWritten;
import dev.stride.application.event.DomainEvent.AdminActed;
import dev.stride.application.event.DomainEvent.PasswordChanged;
import dev.stride.application.event.EventSubscriber;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.audit.SecurityEvent;
import dev.stride.domain.port.AuditLog;
import dev.stride.domain.port.SecurityMetrics;
import dev.stride.domain.port.UserRepository;
import dev.stride.domain.user.Email;

import java.time.Clock;

/**
 * Records the security events that no other write records: refresh-token reuse and lockouts, each
 * an audit entry with the source address and a count in the security metrics. (Admin actions are
 * audited in the transaction of the change they make; this subscriber only counts them once committed.)
 * Recording never fails the request that caused it: with PostgreSQL down the event is still counted
 * and logged.
 */
public final class SecurityEvents implements EventSubscriber {

    private static final System.Logger log = System.getLogger(SecurityEvents.class.getName());

    private final AuditLog audit;
    private final SecurityMetrics metrics;
    private final UserRepository users;
    private final Clock clock;

    public SecurityEvents(AuditLog audit, SecurityMetrics metrics, UserRepository users, Clock clock) {
        this.audit = audit;
        this.metrics = metrics;
        this.users = users;
        this.clock = clock;
    }

    /** A spent refresh token of {@code userId} came back from {@code sourceIp}: whoever sent it acted as that user. */
    public void refreshTokenReused(long userId, String sourceIp) {
        metrics.count(SecurityEvent.REFRESH_TOKEN_REUSE);
        write(AuditEntry.ofUser(userId, AuditAction.REFRESH_TOKEN_REUSE, userId, clock.instant()).from(sourceIp));
    }

    /**
     * The failed-login policy started refusing logins to {@code email} after a failure from
     * {@code sourceIp}. Audited when a live account has that email (the actor is unknown: null);
     * counted in any case, since guessing at unknown accounts is an attack as well.
     */
    public void lockedOut(String email, String sourceIp) {
        metrics.count(SecurityEvent.LOCKOUT);
        try {
            users.findLiveByEmail(new Email(email)).ifPresent(user ->
                    write(AuditEntry.ofUser(null, AuditAction.LOCKOUT, user.id(), clock.instant()).from(sourceIp)));
        } catch (RuntimeException e) {
            log.log(System.Logger.Level.WARNING, "lockout of {0} from {1} not audited: {2}", email, sourceIp, e.toString());
        }
    }

    /** Counts an admin action once it has committed (with its audit entry, which names the source address). */
    @Override
    public void on(DomainEvent event) {
        switch (event) {
            case AdminActed acted -> metrics.count(SecurityEvent.ADMIN_ACTION);
            case ActivityWritten written -> {
                // not a security event
            }
            case ActivitiesChanged changed -> {
                // not one either
            }
            case AccountClosed closed -> {
                // audited with the closing itself
            }
            case PasswordChanged changed -> {
                // audited with the change itself
            }
        }
    }

    private void write(AuditEntry entry) {
        try {
            audit.record(entry);
        } catch (RuntimeException e) {
            log.log(System.Logger.Level.WARNING, "security event not audited: {0} ({1})", entry, e.toString());
        }
    }
}
