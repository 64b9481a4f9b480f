package dev.stride.application.admin;

import dev.stride.application.event.DomainEvent.ActivitiesChanged;
import dev.stride.application.event.DomainEvent.AdminActed;
import dev.stride.application.event.UnitOfWork;
import dev.stride.application.session.CheckAccessTokenService;
import dev.stride.application.security.SecurityEvents;
import dev.stride.application.testing.Accounts;
import dev.stride.application.testing.CountingSecurityMetrics;
import dev.stride.application.testing.CacheProbe;
import dev.stride.application.testing.EventLog;
import dev.stride.application.testing.InMemoryActivityRepository;
import dev.stride.application.testing.InMemoryAuditLog;
import dev.stride.application.testing.InMemorySessionStore;
import dev.stride.application.testing.InMemoryTransactions;
import dev.stride.application.testing.InMemoryUserRepository;
import dev.stride.application.testing.MutableClock;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.audit.SecurityEvent;
import dev.stride.domain.shared.ConflictException;
import dev.stride.domain.shared.NotFoundException;
import dev.stride.domain.user.Role;
import dev.stride.domain.user.User;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RestoreUserServiceTest {

    private static final String IP = "203.0.113.9";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryActivityRepository activities = new InMemoryActivityRepository(users);
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final CacheProbe cache = new CacheProbe(transactions, activities);
    private final EventLog events = new EventLog(transactions);
    private final InMemorySessionStore sessions = new InMemorySessionStore(clock);
    private final CountingSecurityMetrics metrics = new CountingSecurityMetrics();
    private final UnitOfWork unitOfWork = new UnitOfWork(transactions,
            List.of(cache.subscriber(), new SecurityEvents(audit, metrics, users, clock), events));
    private final RestoreUserService service = new RestoreUserService(users, audit, unitOfWork, clock);
    private final User admin = Accounts.register(users, "admin@example.org", Role.ADMIN, clock.instant());
    private final User ann = Accounts.register(users, "ann@example.org", Role.USER, clock.instant());
    private final Activity run = activities.insert(ann.id(), new ActivityDetails(ActivityType.RUNNING, null, null, 30,
            null, null, null, LocalDate.of(2026, 11, 19)), clock.instant());

    @Test
    void bringsTheAccountAndItsActivitiesBackAndAuditsIt() {
        users.softDelete(ann.id(), clock.instant());
        cache.prime(ann.id());
        clock.advance(Duration.ofDays(3));

        User restored = service.restore(admin.id(), ann.id(), IP);

        assertThat(restored).isEqualTo(ann);
        assertThat(users.findLiveById(ann.id())).contains(ann);
        assertThat(activities.findLive(ann.id(), run.id())).contains(run);
        assertThat(audit.entries()).containsExactly(
                new AuditEntry(admin.id(), AuditAction.RESTORE, AuditEntry.USER, ann.id(), ann.id(), clock.instant(), IP));
        assertThat(metrics.counted(SecurityEvent.ADMIN_ACTION)).isEqualTo(1);
        assertThat(events.heard()).containsExactly(new ActivitiesChanged(ann.id()), new AdminActed(admin.id()));
        assertThat(events.heardBeforeCommit()).isFalse();
        assertThat(cache.invalidatedBeforeCommit()).isFalse();
        assertThat(cache.retired(ann.id())).isTrue();
    }

    /** Abuse case: a token stolen before the account was closed must not come back with the restore. */
    @Test
    void tokensIssuedBeforeTheClosingStayRevokedAfterTheRestoreAndLaterOnesWorkInTheSameSecond() {
        Instant beforeClosing = clock.instant();
        clock.advance(Duration.ofMillis(300));
        Instant closing = clock.instant();
        users.softDelete(ann.id(), closing);
        sessions.revokeAccessIssuedBefore(ann.id(), closing, closing.plusSeconds(930));
        clock.advance(Duration.ofMillis(200));

        service.restore(admin.id(), ann.id(), IP);

        CheckAccessTokenService check = new CheckAccessTokenService(sessions, clock, Duration.ofSeconds(1));
        assertThat(check.isRevoked(ann.id(), beforeClosing)).isTrue();
        assertThat(check.isRevoked(ann.id(), closing)).isTrue();
        assertThat(check.isRevoked(ann.id(), clock.instant())).as("issued after the restore, same second").isFalse();
    }

    @Test
    void aLiveOrUnknownAccountIsNotFound() {
        assertThatThrownBy(() -> service.restore(admin.id(), ann.id(), IP)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.restore(admin.id(), 999, IP)).isInstanceOf(NotFoundException.class);
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void anEmailRegisteredAgainMeanwhileIsAConflictAndBothAccountsStayAsTheyAre() {
        users.softDelete(ann.id(), clock.instant());
        User newcomer = Accounts.register(users, "ann@example.org", Role.USER, clock.instant());

        cache.prime(ann.id());

        assertThatThrownBy(() -> service.restore(admin.id(), ann.id(), IP)).isInstanceOf(ConflictException.class);

        assertThat(users.findLiveById(ann.id())).isEmpty();
        assertThat(users.findLiveById(newcomer.id())).contains(newcomer);
        assertThat(events.heard()).isEmpty();
        assertThat(metrics.counted(SecurityEvent.ADMIN_ACTION)).isZero();
        assertThat(cache.retired(ann.id())).isFalse();
    }
}
