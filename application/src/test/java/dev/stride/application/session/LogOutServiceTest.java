package dev.stride.application.session;

import dev.stride.application.testing.TestRateLimits;
import dev.stride.application.port.in.LogInCommand;
import dev.stride.application.testing.Accounts;
import dev.stride.application.testing.InMemorySessionStore;
import dev.stride.application.testing.InMemoryUserRepository;
import dev.stride.application.testing.MutableClock;
import dev.stride.application.testing.PlainTextPasswordHasher;
import dev.stride.application.user.LogInService;
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

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemorySessionStore sessions = new InMemorySessionStore(clock);
    private final LogInService login = new LogInService(users, new PlainTextPasswordHasher(), sessions, clock, TTL, TestRateLimits.failedLogins(clock));
    private final RefreshSessionService refresh = new RefreshSessionService(sessions, users, clock, TTL);
    private final LogOutService logout = new LogOutService(sessions);

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

        logout.logOut(token);

        assertThatThrownBy(() -> refresh.refresh(token)).isInstanceOf(AuthenticationFailedException.class);
        assertThat(refresh.refresh(otherDevice).refreshToken()).isNotNull();
    }

    @Test
    void loggingOutWithAnAlreadySpentTokenEndsTheFamily() {
        String stolen = logIn();
        String thiefsSuccessor = refresh.refresh(stolen).refreshToken().value();

        logout.logOut(stolen);

        assertThatThrownBy(() -> refresh.refresh(thiefsSuccessor)).isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void unknownRepeatedBlankAndMissingTokensAreFine() {
        String token = logIn();
        logout.logOut(token);

        assertThatCode(() -> {
            logout.logOut(token);
            logout.logOut("never-issued");
            logout.logOut("");
            logout.logOut(null);
        }).doesNotThrowAnyException();
    }
}
