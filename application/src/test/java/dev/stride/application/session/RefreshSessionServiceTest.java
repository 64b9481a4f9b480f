package dev.stride.application.session;

import dev.stride.application.testing.TestRateLimits;
import dev.stride.application.port.in.session.LoggedIn;
import dev.stride.application.port.in.user.LogInCommand;
import dev.stride.application.security.SecurityEvents;
import dev.stride.application.testing.Accounts;
import dev.stride.application.testing.CountingSecurityMetrics;
import dev.stride.application.testing.InMemoryAuditLog;
import dev.stride.application.testing.InMemorySessionStore;
import dev.stride.application.testing.InMemoryUserRepository;
import dev.stride.application.testing.MutableClock;
import dev.stride.application.testing.PlainTextPasswordHasher;
import dev.stride.application.testing.SwitchableSessionStore;
import dev.stride.application.user.LogInService;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.audit.SecurityEvent;
import dev.stride.domain.session.RefreshToken;
import dev.stride.domain.session.Session;
import dev.stride.domain.session.SessionStoreUnavailableException;
import dev.stride.domain.shared.AuthenticationFailedException;
import dev.stride.domain.user.Role;
import dev.stride.domain.user.User;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefreshSessionServiceTest {

    private static final Duration TTL = Duration.ofDays(30);
    private static final Duration MAX_LIFETIME = Duration.ofDays(90);
    private static final String IP = "203.0.113.7";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemorySessionStore sessions = new InMemorySessionStore(clock);
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final CountingSecurityMetrics metrics = new CountingSecurityMetrics();
    private final SecurityEvents events = new SecurityEvents(audit, metrics, users, clock);
    private final LogInService login = new LogInService(users, new PlainTextPasswordHasher(), sessions, clock, TTL, TestRateLimits.failedLogins(clock));
    private final RefreshSessionService refresh = new RefreshSessionService(sessions, users, clock, TTL, MAX_LIFETIME,
            events);
    private final User ann = Accounts.register(users, "ann@example.org", Role.USER, clock.instant());

    private LoggedIn logIn() {
        return login.logIn(new LogInCommand("ann@example.org", Accounts.PASSWORD));
    }

    @Test
    void rotatesTheTokenAndAnswersTheCurrentAccount() {
        String first = logIn().refreshToken().value();

        LoggedIn refreshed = refresh.refresh(first, IP);

        assertThat(refreshed.user()).isEqualTo(ann);
        assertThat(refreshed.refreshToken().value()).isNotEqualTo(first);
        assertThat(refresh.refresh(refreshed.refreshToken().value(), IP).user()).isEqualTo(ann);
    }

    @Test
    void aSpentTokenPresentedAgainRevokesTheWholeFamily() {
        String stolen = logIn().refreshToken().value();
        String legitimate = refresh.refresh(stolen, IP).refreshToken().value();

        assertThatThrownBy(() -> refresh.refresh(stolen, IP)).isInstanceOf(AuthenticationFailedException.class);

        assertThatThrownBy(() -> refresh.refresh(legitimate, IP)).isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void aReuseIsAuditedWithItsSourceAddressAndCounted() {
        String stolen = logIn().refreshToken().value();
        refresh.refresh(stolen, "198.51.100.1");

        assertThatThrownBy(() -> refresh.refresh(stolen, IP)).isInstanceOf(AuthenticationFailedException.class);

        assertThat(audit.entries()).containsExactly(new AuditEntry(ann.id(), AuditAction.REFRESH_TOKEN_REUSE,
                AuditEntry.USER, ann.id(), ann.id(), clock.instant(), IP));
        assertThat(metrics.counted(SecurityEvent.REFRESH_TOKEN_REUSE)).isEqualTo(1);
    }

    @Test
    void reuseRevokesOnlyThatFamilyNotTheUsersOtherLogins() {
        String phone = logIn().refreshToken().value();
        String laptop = logIn().refreshToken().value();
        refresh.refresh(phone, IP);

        assertThatThrownBy(() -> refresh.refresh(phone, IP)).isInstanceOf(AuthenticationFailedException.class);

        assertThat(refresh.refresh(laptop, IP).user()).isEqualTo(ann);
    }

    /** Abuse case: a stolen refresh token, refreshed before every expiry, would otherwise live for ever. */
    @Test
    void noRefreshReachesPastTheAbsoluteLifetimeOfTheLoginEvenWithinTheSlidingOne() {
        String token = logIn().refreshToken().value();
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofDays(22));
            token = refresh.refresh(token, IP).refreshToken().value();
        }
        clock.advance(MAX_LIFETIME.minus(Duration.ofDays(88)).minusSeconds(1));
        String lastOne = refresh.refresh(token, IP).refreshToken().value();
        clock.advance(Duration.ofSeconds(1));

        assertThatThrownBy(() -> refresh.refresh(lastOne, IP)).isInstanceOf(AuthenticationFailedException.class);

        assertThat(refresh.refresh(logIn().refreshToken().value(), IP).user()).as("a new login starts afresh").isEqualTo(ann);
    }

    @Test
    void aFamilyWhoseIdDoesNotNameItsLoginIsPastItsLifetime() {
        sessions.create(new Session(RefreshToken.hash("legacy"), ann.id(), UUID.randomUUID().toString(),
                clock.instant().plus(TTL)));

        assertThatThrownBy(() -> refresh.refresh("legacy", IP)).isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void anExpiredTokenFails() {
        String token = logIn().refreshToken().value();
        clock.advance(TTL.plusSeconds(1));

        assertThatThrownBy(() -> refresh.refresh(token, IP)).isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void eachRefreshGivesTheSessionAFullLifetimeAgain() {
        String token = logIn().refreshToken().value();
        clock.advance(TTL.minusDays(1));
        String renewed = refresh.refresh(token, IP).refreshToken().value();
        clock.advance(Duration.ofDays(2));

        assertThat(refresh.refresh(renewed, IP).user()).isEqualTo(ann);
    }

    @Test
    void unknownBlankAndMissingTokensFail() {
        for (String token : new String[]{"never-issued", "", " ", null}) {
            assertThatThrownBy(() -> refresh.refresh(token, IP)).as(String.valueOf(token))
                    .isInstanceOf(AuthenticationFailedException.class);
        }
    }

    @Test
    void aClosedAccountCannotRefreshEvenIfItsSessionsSurvived() {
        String token = logIn().refreshToken().value();
        users.softDelete(ann.id(), clock.instant());

        assertThatThrownBy(() -> refresh.refresh(token, IP)).isInstanceOf(AuthenticationFailedException.class);

        users.restore(ann.id());
        assertThatThrownBy(() -> refresh.refresh(token, IP)).as("the family was revoked on the way")
                .isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void anUnreachableStoreIsReportedAsSuch() {
        RefreshSessionService withoutStore = new RefreshSessionService(SwitchableSessionStore.unreachable(), users, clock, TTL,
                MAX_LIFETIME, events);

        assertThatThrownBy(() -> withoutStore.refresh("some-token", IP)).isInstanceOf(SessionStoreUnavailableException.class);
    }
}
