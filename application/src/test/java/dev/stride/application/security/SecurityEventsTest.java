package dev.stride.application.security;

import dev.stride.application.event.DomainEvent.AccountClosed;
import dev.stride.application.event.DomainEvent.ActivitiesChanged;
import dev.stride.application.event.DomainEvent.AdminActed;
import dev.stride.application.testing.Accounts;
import dev.stride.application.testing.CountingSecurityMetrics;
import dev.stride.application.testing.InMemoryAuditLog;
import dev.stride.application.testing.InMemoryUserRepository;
import dev.stride.application.testing.MutableClock;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.audit.SecurityEvent;
import dev.stride.domain.user.Role;
import dev.stride.domain.user.User;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class SecurityEventsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final CountingSecurityMetrics metrics = new CountingSecurityMetrics();
    private final SecurityEvents events = new SecurityEvents(audit, metrics, users, clock);
    private final User ann = Accounts.register(users, "ann@example.org", Role.USER, clock.instant());

    @Test
    void aLockoutOfAnAccountIsAuditedWithTheAddressOfTheLastFailureAndCounted() {
        events.lockedOut(" Ann@Example.org", "198.51.100.23");

        assertThat(audit.entries()).containsExactly(new AuditEntry(null, AuditAction.LOCKOUT, AuditEntry.USER, ann.id(),
                ann.id(), clock.instant(), "198.51.100.23"));
        assertThat(metrics.counted(SecurityEvent.LOCKOUT)).isEqualTo(1);
    }

    /** Abuse case: guessing at addresses nobody registered is an attack too, but there is no account to audit. */
    @Test
    void aLockoutOfAnUnknownOrMalformedEmailIsCountedOnly() {
        events.lockedOut("nobody@example.org", "198.51.100.23");
        events.lockedOut("not an email", "198.51.100.23");

        assertThat(audit.entries()).isEmpty();
        assertThat(metrics.counted(SecurityEvent.LOCKOUT)).isEqualTo(2);
    }

    @Test
    void anAuditLogThatFailsNeverFailsTheRequestThatCausedTheEvent() {
        SecurityEvents withBrokenAudit = new SecurityEvents(entry -> {
            throw new IllegalStateException("database down");
        }, metrics, users, clock);

        assertThatCode(() -> {
            withBrokenAudit.lockedOut("ann@example.org", "198.51.100.23");
            withBrokenAudit.refreshTokenReused(ann.id(), "198.51.100.23");
        }).doesNotThrowAnyException();

        assertThat(metrics.counted(SecurityEvent.LOCKOUT)).isEqualTo(1);
        assertThat(metrics.counted(SecurityEvent.REFRESH_TOKEN_REUSE)).isEqualTo(1);
    }

    @Test
    void aCommittedAdminActionIsCountedAndNoOtherWriteIs() {
        events.on(new ActivitiesChanged(ann.id()));
        events.on(new AccountClosed(ann.id()));
        events.on(new AdminActed(99));

        assertThat(metrics.counted(SecurityEvent.ADMIN_ACTION)).isEqualTo(1);
        assertThat(metrics.counted(SecurityEvent.LOCKOUT)).isZero();
        assertThat(audit.entries()).as("audited with the change itself").isEmpty();
    }
}
