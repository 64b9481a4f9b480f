package dev.stride.application.session;

import dev.stride.application.testing.TestRateLimits;
import dev.stride.application.port.in.LogInCommand;
import dev.stride.application.port.in.LoggedIn;
import dev.stride.application.testing.Accounts;
import dev.stride.application.testing.InMemorySessionStore;
import dev.stride.application.testing.InMemoryUserRepository;
import dev.stride.application.testing.MutableClock;
import dev.stride.application.testing.PlainTextPasswordHasher;
import dev.stride.application.testing.SwitchableSessionStore;
import dev.stride.application.user.LogInService;
import dev.stride.domain.session.SessionStoreUnavailableException;
import dev.stride.domain.shared.AuthenticationFailedException;
import dev.stride.domain.user.Role;
import dev.stride.domain.user.User;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefreshSessionServiceTest {

    private static final Duration TTL = Duration.ofDays(30);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemorySessionStore sessions = new InMemorySessionStore(clock);
    private final LogInService login = new LogInService(users, new PlainTextPasswordHasher(), sessions, clock, TTL, TestRateLimits.failedLogins(clock));
    private final RefreshSessionService refresh = new RefreshSessionService(sessions, users, clock, TTL);
    private final User ann = Accounts.register(users, "ann@example.org", Role.USER, clock.instant());

    private LoggedIn logIn() {
        return login.logIn(new LogInCommand("ann@example.org", Accounts.PASSWORD));
    }

    @Test
    void rotatesTheTokenAndAnswersTheCurrentAccount() {
        String first = logIn().refreshToken().value();

        LoggedIn refreshed = refresh.refresh(first);

        assertThat(refreshed.user()).isEqualTo(ann);
        assertThat(refreshed.refreshToken().value()).isNotEqualTo(first);
        assertThat(refresh.refresh(refreshed.refreshToken().value()).user()).isEqualTo(ann);
    }

    @Test
    void aSpentTokenPresentedAgainRevokesTheWholeFamily() {
        String stolen = logIn().refreshToken().value();
        String legitimate = refresh.refresh(stolen).refreshToken().value();

        assertThatThrownBy(() -> refresh.refresh(stolen)).isInstanceOf(AuthenticationFailedException.class);

        assertThatThrownBy(() -> refresh.refresh(legitimate)).isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void reuseRevokesOnlyThatFamilyNotTheUsersOtherLogins() {
        String phone = logIn().refreshToken().value();
        String laptop = logIn().refreshToken().value();
        refresh.refresh(phone);

        assertThatThrownBy(() -> refresh.refresh(phone)).isInstanceOf(AuthenticationFailedException.class);

        assertThat(refresh.refresh(laptop).user()).isEqualTo(ann);
    }

    @Test
    void anExpiredTokenFails() {
        String token = logIn().refreshToken().value();
        clock.advance(TTL.plusSeconds(1));

        assertThatThrownBy(() -> refresh.refresh(token)).isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void eachRefreshGivesTheSessionAFullLifetimeAgain() {
        String token = logIn().refreshToken().value();
        clock.advance(TTL.minusDays(1));
        String renewed = refresh.refresh(token).refreshToken().value();
        clock.advance(Duration.ofDays(2));

        assertThat(refresh.refresh(renewed).user()).isEqualTo(ann);
    }

    @Test
    void unknownBlankAndMissingTokensFail() {
        for (String token : new String[]{"never-issued", "", " ", null}) {
            assertThatThrownBy(() -> refresh.refresh(token)).as(String.valueOf(token))
                    .isInstanceOf(AuthenticationFailedException.class);
        }
    }

    @Test
    void aClosedAccountCannotRefreshEvenIfItsSessionsSurvived() {
        String token = logIn().refreshToken().value();
        users.softDelete(ann.id(), clock.instant());

        assertThatThrownBy(() -> refresh.refresh(token)).isInstanceOf(AuthenticationFailedException.class);

        users.restore(ann.id());
        assertThatThrownBy(() -> refresh.refresh(token)).as("the family was revoked on the way")
                .isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void anUnreachableStoreIsReportedAsSuch() {
        RefreshSessionService withoutStore = new RefreshSessionService(SwitchableSessionStore.unreachable(), users, clock, TTL);

        assertThatThrownBy(() -> withoutStore.refresh("some-token")).isInstanceOf(SessionStoreUnavailableException.class);
    }
}
