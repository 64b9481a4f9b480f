package dev.stride.application.session;

import dev.stride.application.testing.TestRateLimits;
import dev.stride.application.port.in.session.LoggedIn;
import dev.stride.application.port.in.user.LogInCommand;
import dev.stride.application.security.SecurityEvents;
import dev.stride.application.testing.Accounts;
import dev.stride.application.testing.CountingSecurityMetrics;
import dev.stride.application.testing.InMemoryAuditLog;
import dev.stride.application.testing.InMemorySessionStore;
import dev.stride.application.testing.InMemoryTransactions;
import dev.stride.application.testing.InMemoryUserRepository;
import dev.stride.application.testing.MutableClock;
import dev.stride.application.testing.PlainTextPasswordHasher;
import dev.stride.application.testing.SwitchableSessionStore;
import dev.stride.application.user.LogInService;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.session.SessionStoreUnavailableException;
import dev.stride.domain.shared.AuthenticationFailedException;
import dev.stride.domain.user.Role;
import dev.stride.domain.user.User;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogOutEverywhereServiceTest {

    private static final Duration REFRESH_TTL = Duration.ofDays(30);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final SwitchableSessionStore sessions = new SwitchableSessionStore(new InMemorySessionStore(clock));
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final LogInService login = new LogInService(users, new PlainTextPasswordHasher(), sessions, clock, REFRESH_TTL, TestRateLimits.failedLogins(clock));
    private final RefreshSessionService refresh = new RefreshSessionService(sessions, users, clock, REFRESH_TTL,
            Duration.ofDays(90), new SecurityEvents(audit, new CountingSecurityMetrics(), users, clock));
    private final CheckAccessTokenService accessCheck = new CheckAccessTokenService(sessions, clock, Duration.ZERO);
    private final LogOutEverywhereService service = new LogOutEverywhereService(
            new SessionRevocation(sessions, clock, Duration.ofMinutes(15)), audit, new InMemoryTransactions(), clock);
    private final User ann = Accounts.register(users, "ann@example.org", Role.USER, clock.instant());
    private final User bob = Accounts.register(users, "bob@example.org", Role.USER, clock.instant());

    private LoggedIn logIn(String email) {
        return login.logIn(new LogInCommand(email, Accounts.PASSWORD));
    }

    @Test
    void everySessionAndAccessTokenOfTheUserEndsAndOnlyTheirs() {
        LoggedIn phone = logIn("ann@example.org");
        LoggedIn laptop = logIn("ann@example.org");
        LoggedIn bobs = logIn("bob@example.org");
        Instant issued = clock.instant();

        service.logOutEverywhere(ann.id());

        for (LoggedIn session : new LoggedIn[]{phone, laptop}) {
            assertThatThrownBy(() -> refresh.refresh(session.refreshToken().value(), "203.0.113.7"))
                    .isInstanceOf(AuthenticationFailedException.class);
        }
        assertThat(accessCheck.isRevoked(ann.id(), issued)).isTrue();
        assertThat(accessCheck.isRevoked(bob.id(), issued)).isFalse();
        assertThat(refresh.refresh(bobs.refreshToken().value(), "203.0.113.7").user()).isEqualTo(bob);
        assertThat(audit.entries()).containsExactly(
                new AuditEntry(ann.id(), AuditAction.LOGOUT_ALL, AuditEntry.USER, ann.id(), ann.id(), clock.instant()));
        clock.advance(Duration.ofSeconds(1));
        assertThat(logIn("ann@example.org").user()).isEqualTo(ann);
        assertThat(accessCheck.isRevoked(ann.id(), clock.instant())).isFalse();
    }

    @Test
    void withTheSessionStoreDownItFailsAndIsNotAudited() {
        sessions.down();

        assertThatThrownBy(() -> service.logOutEverywhere(ann.id())).isInstanceOf(SessionStoreUnavailableException.class);
        assertThat(audit.entries()).isEmpty();
    }
}
