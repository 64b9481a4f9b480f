package dev.stride.application.user;

import dev.stride.application.event.DomainEvent.AccountClosed;
import dev.stride.application.event.EventSubscriber;
import dev.stride.application.event.UnitOfWork;
import dev.stride.application.testing.TestRateLimits;
import dev.stride.application.port.in.user.LogInCommand;
import dev.stride.application.session.CheckAccessTokenService;
import dev.stride.application.session.RefreshSessionService;
import dev.stride.application.session.SessionEnding;
import dev.stride.application.session.SessionRevocation;
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
import dev.stride.application.testing.PlainTextPasswordHasher;
import dev.stride.application.testing.SwitchableSessionStore;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.port.SessionStore;
import dev.stride.domain.shared.AuthenticationFailedException;
import dev.stride.domain.shared.NotFoundException;
import dev.stride.domain.session.AccessTokenPolicy;
import dev.stride.domain.shared.PageRequest;
import dev.stride.domain.user.Role;
import dev.stride.domain.user.User;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeleteAccountServiceTest {

    private static final Duration ACCESS_TTL = Duration.ofMinutes(15);
    private static final Duration REFRESH_TTL = Duration.ofDays(30);
    private static final String IP = "203.0.113.7";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryActivityRepository activities = new InMemoryActivityRepository(users);
    private final InMemorySessionStore sessions = new InMemorySessionStore(clock);
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final CacheProbe cache = new CacheProbe(transactions, activities);
    private final EventLog events = new EventLog(transactions);
    private final LogInService login = new LogInService(users, new PlainTextPasswordHasher(), sessions, clock, REFRESH_TTL, TestRateLimits.failedLogins(clock));
    private final RefreshSessionService refresh = new RefreshSessionService(sessions, users, clock, REFRESH_TTL,
            Duration.ofDays(90), new SecurityEvents(audit, new CountingSecurityMetrics(), users, clock));
    private final CheckAccessTokenService accessCheck = new CheckAccessTokenService(sessions, clock, Duration.ofSeconds(1));
    private final DeleteAccountService service = service(sessions);
    private final User ann = Accounts.register(users, "ann@example.org", Role.USER, clock.instant());

    private DeleteAccountService service(SessionStore store) {
        List<EventSubscriber> subscribers = List.of(cache.subscriber(),
                new SessionEnding(new SessionRevocation(store, clock, ACCESS_TTL)), events);
        return new DeleteAccountService(users, audit, new UnitOfWork(transactions, subscribers), clock);
    }

    private String logIn() {
        return login.logIn(new LogInCommand("ann@example.org", Accounts.PASSWORD)).refreshToken().value();
    }

    @Test
    void closesTheAccountAndAuditsItInOneTransaction() {
        service.deleteAccount(ann.id());

        assertThat(users.findLiveById(ann.id())).isEmpty();
        assertThat(users.deletedAt(ann.id())).contains(clock.instant());
        assertThat(transactions.committed()).isEqualTo(1);
        assertThat(audit.entries()).containsExactly(
                new AuditEntry(ann.id(), AuditAction.SOFT_DELETE, AuditEntry.USER, ann.id(), ann.id(), clock.instant()));
    }

    @Test
    void loginFailsAndEverySessionIsRevoked() {
        String phone = logIn();
        String laptop = logIn();

        service.deleteAccount(ann.id());

        assertThatThrownBy(this::logIn).isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> refresh.refresh(phone, IP)).isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> refresh.refresh(laptop, IP)).isInstanceOf(AuthenticationFailedException.class);
    }

    /**
     * A token issued just before the closing expires {@code ACCESS_TTL} later, but verification accepts
     * it for the clock-skew allowance after that: the revocation must outlive both, or the token comes back.
     */
    @Test
    void accessTokensIssuedBeforeAreRefusedForAsLongAsVerificationCouldStillAcceptThem() {
        Instant issued = clock.instant().minusMillis(1);

        service.deleteAccount(ann.id());

        assertThat(accessCheck.isRevoked(ann.id(), issued)).isTrue();
        clock.advance(ACCESS_TTL.plus(AccessTokenPolicy.CLOCK_SKEW).minusMillis(2));
        assertThat(accessCheck.isRevoked(ann.id(), issued)).as("expired, but still within the skew allowance").isTrue();
        clock.advance(Duration.ofMillis(2));
        assertThat(sessions.accessRevokedBefore(ann.id())).as("kept no longer than needed").isEmpty();
    }

    @Test
    void theActivitiesDisappearFromReadsAndTheCacheIsRetired() {
        activities.insert(ann.id(), new ActivityDetails(ActivityType.RUNNING, null, null, 30, null, null, null,
                LocalDate.of(2026, 11, 19)), clock.instant());
        cache.prime(ann.id());

        service.deleteAccount(ann.id());

        assertThat(activities.findLive(ann.id(), ActivityFilter.NONE, new PageRequest(0, 10)).items()).isEmpty();
        assertThat(events.heard()).containsExactly(new AccountClosed(ann.id()));
        assertThat(events.heardBeforeCommit()).isFalse();
        assertThat(cache.invalidatedBeforeCommit()).isFalse();
        assertThat(cache.retired(ann.id())).isTrue();
    }

    @Test
    void aSecondDeleteIsNotFoundAndAuditsNothing() {
        service.deleteAccount(ann.id());
        cache.prime(ann.id());
        clock.advance(Duration.ofSeconds(1));
        Instant issuedMeanwhile = clock.instant().minusMillis(500);

        assertThatThrownBy(() -> service.deleteAccount(ann.id())).isInstanceOf(NotFoundException.class);
        assertThat(audit.entries()).hasSize(1);
        assertThat(events.heard()).as("the first delete's only").hasSize(1);
        assertThat(cache.retired(ann.id())).isFalse();
        assertThat(accessCheck.isRevoked(ann.id(), issuedMeanwhile)).as("no new cutoff").isFalse();
    }

    @Test
    void theAccountIsClosedEvenWhenTheSessionStoreIsDown() {
        DeleteAccountService withoutStore = service(SwitchableSessionStore.unreachable());
        String token = logIn();
        cache.prime(ann.id());

        withoutStore.deleteAccount(ann.id());

        assertThat(users.findLiveById(ann.id())).isEmpty();
        assertThat(cache.retired(ann.id())).as("the other subscribers still heard of it").isTrue();
        assertThatThrownBy(() -> refresh.refresh(token, IP)).as("refresh checks the account").isInstanceOf(AuthenticationFailedException.class);
    }
}
