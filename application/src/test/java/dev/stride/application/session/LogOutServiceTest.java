package dev.stride.application.session;

import dev.stride.application.testing.TestRateLimits;
import dev.stride.application.port.in.user.LogInCommand;
import dev.stride.application.security.SecurityEvents;
import dev.stride.application.testing.Accounts;
import dev.stride.application.testing.CountingSecurityMetrics;
import dev.stride.application.testing.InMemoryAuditLog;
import dev.stride.application.testing.InMemorySessionStore;
import dev.stride.application.testing.InMemoryUserRepository;
import dev.stride.application.testing.MutableClock;
import dev.stride.application.testing.PlainTextPasswordHasher;
import dev.stride.application.user.LogInService;
import dev.stride.domain.audit.SecurityEvent;
import dev.stride.domain.shared.AuthenticationFailedException;
import dev.stride.domain.user.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogOutServiceTest {

    private static final Duration TTL = Duration.ofDays(30);
    private static final String IP = "203.0.113.7";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemorySessionStore sessions = new InMemorySessionStore(clock);
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final CountingSecurityMetrics metrics = new CountingSecurityMetrics();
    private final SecurityEvents events = new SecurityEvents(audit, metrics, users, clock);
    private final LogInService login = new LogInService(users, new PlainTextPasswordHasher(), sessions, clock, TTL, TestRateLimits.failedLogins(clock));
    private final RefreshSessionService refresh = new RefreshSessionService(sessions, users, clock, TTL, Duration.ofDays(90),
            events);
    private final LogOutService logout = new LogOutService(sessions, events);

    {
        Accounts.register(users, "ann@example.org", Role.USER, clock.instant());
    }

    private String logIn() {
        return login.logIn(new LogInCommand("ann@example.org", Accounts.PASSWORD)).refreshToken().value();
    }

    @Test
    void theTokenNoLongerRefreshesAndOtherLoginsStay() {
        String token = logIn();
        String otherDevice = logIn();

        logout.logOut(token, IP);

        assertThatThrownBy(() -> refresh.refresh(token, IP)).isInstanceOf(AuthenticationFailedException.class);
        assertThat(refresh.refresh(otherDevice, IP).refreshToken()).isNotNull();
    }

    @Test
    void loggingOutWithAnAlreadySpentTokenEndsTheFamily() {
        String stolen = logIn();
        String thiefsSuccessor = refresh.refresh(stolen, IP).refreshToken().value();

        logout.logOut(stolen, IP);

        assertThatThrownBy(() -> refresh.refresh(thiefsSuccessor, IP)).isInstanceOf(AuthenticationFailedException.class);
        assertThat(metrics.counted(SecurityEvent.REFRESH_TOKEN_REUSE)).as("a replay, whatever the endpoint").isEqualTo(1);
        assertThat(audit.entries()).singleElement().satisfies(entry -> assertThat(entry.sourceIp()).isEqualTo(IP));
    }

    @Test
    void unknownRepeatedBlankAndMissingTokensAreFine() {
        String token = logIn();
        logout.logOut(token, IP);

        assertThatCode(() -> {
            logout.logOut(token, IP);
            logout.logOut("never-issued", IP);
            logout.logOut("", IP);
            logout.logOut(null, IP);
        }).doesNotThrowAnyException();
    }
}
