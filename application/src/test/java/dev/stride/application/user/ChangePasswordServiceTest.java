package dev.stride.application.user;

import dev.stride.application.event.DomainEvent.PasswordChanged;
import dev.stride.application.event.UnitOfWork;
import dev.stride.application.testing.TestRateLimits;
import dev.stride.application.ratelimit.FailedLoginThrottle;
import dev.stride.application.port.in.session.LoggedIn;
import dev.stride.application.port.in.user.ChangePasswordCommand;
import dev.stride.application.port.in.user.LogInCommand;
import dev.stride.application.session.CheckAccessTokenService;
import dev.stride.application.session.RefreshSessionService;
import dev.stride.application.security.SecurityEvents;
import dev.stride.application.session.SessionEnding;
import dev.stride.application.session.SessionRevocation;
import dev.stride.application.testing.Accounts;
import dev.stride.application.testing.CountingSecurityMetrics;
import dev.stride.application.testing.EventLog;
import dev.stride.application.testing.InMemoryAuditLog;
import dev.stride.application.testing.InMemorySessionStore;
import dev.stride.application.testing.InMemoryTransactions;
import dev.stride.application.testing.InMemoryUserRepository;
import dev.stride.application.testing.MutableClock;
import dev.stride.application.testing.PlainTextPasswordHasher;
import dev.stride.application.testing.SwitchableSessionStore;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.session.SessionStoreUnavailableException;
import dev.stride.domain.shared.AuthenticationFailedException;
import dev.stride.domain.shared.ValidationException;
import dev.stride.domain.user.Role;
import dev.stride.domain.user.User;
import dev.stride.domain.user.WrongPasswordException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangePasswordServiceTest {

    private static final Duration ACCESS_TTL = Duration.ofMinutes(15);
    private static final Duration REFRESH_TTL = Duration.ofDays(30);
    private static final String NEW_PASSWORD = "a brand new passphrase";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
    /** Whatever a test wants to happen while the new password is being stored, inside the transaction. */
    private Runnable duringTheChange = () -> { };
    private final InMemoryUserRepository users = new InMemoryUserRepository() {
        @Override
        public boolean updatePasswordHash(long userId, String passwordHash) {
            duringTheChange.run();
            return super.updatePasswordHash(userId, passwordHash);
        }
    };
    private final SwitchableSessionStore sessions = new SwitchableSessionStore(new InMemorySessionStore(clock));
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final PlainTextPasswordHasher hasher = new PlainTextPasswordHasher();
    private final LogInService login = new LogInService(users, hasher, sessions, clock, REFRESH_TTL, TestRateLimits.failedLogins(clock));
    private final RefreshSessionService refresh = new RefreshSessionService(sessions, users, clock, REFRESH_TTL,
            Duration.ofDays(90), new SecurityEvents(audit, new CountingSecurityMetrics(), users, clock));
    private final CheckAccessTokenService accessCheck = new CheckAccessTokenService(sessions, clock, Duration.ZERO);
    private final RecordingThrottle throttle = new RecordingThrottle();
    private final SessionRevocation revocation = new SessionRevocation(sessions, clock, ACCESS_TTL);
    private final EventLog events = new EventLog(transactions);
    private final ChangePasswordService service = new ChangePasswordService(users, hasher, audit,
            new UnitOfWork(transactions, List.of(new SessionEnding(revocation), events)), revocation, throttle, clock);
    private final User ann = Accounts.register(users, "ann@example.org", Role.USER, clock.instant());

    /** What the throttle was asked, in order; refuses once {@link #lockedOut} is set. */
    private static final class RecordingThrottle implements FailedLoginThrottle {
        final List<String> calls = new ArrayList<>();
        boolean lockedOut;

        @Override
        public void requireAttemptsLeft(String account) {
            calls.add("check " + account);
            if (lockedOut) {
                throw new IllegalStateException("too many failed logins");
            }
        }

        @Override
        public void failed(String account) {
            calls.add("failed " + account);
        }
    }

    private LoggedIn logIn(String password) {
        return login.logIn(new LogInCommand("ann@example.org", password));
    }

    private ChangePasswordCommand change(LoggedIn caller, String current) {
        return new ChangePasswordCommand(ann.id(), caller.sessionId(), current, NEW_PASSWORD);
    }

    @Test
    void theNewPasswordWorksTheOldOneNoLongerAndTheChangeIsAudited() {
        LoggedIn caller = logIn(Accounts.PASSWORD);
        Instant issued = clock.instant();
        clock.advance(Duration.ofSeconds(1));

        service.changePassword(change(caller, Accounts.PASSWORD));

        assertThat(logIn(NEW_PASSWORD).user().id()).isEqualTo(ann.id());
        assertThatThrownBy(() -> logIn(Accounts.PASSWORD)).isInstanceOf(AuthenticationFailedException.class);
        assertThat(audit.entries()).containsExactly(
                new AuditEntry(ann.id(), AuditAction.PASSWORD_CHANGE, AuditEntry.USER, ann.id(), ann.id(), clock.instant()));
        assertThat(accessCheck.isRevoked(ann.id(), issued)).isTrue();
        assertThat(throttle.calls).containsExactly("check ann@example.org");
    }

    @Test
    void everyOtherSessionEndsWhileTheCallersGoesOnAfterARefresh() {
        LoggedIn phone = logIn(Accounts.PASSWORD);
        LoggedIn laptop = logIn(Accounts.PASSWORD);
        clock.advance(Duration.ofSeconds(1));

        service.changePassword(change(laptop, Accounts.PASSWORD));
        clock.advance(Duration.ofSeconds(1));

        assertThatThrownBy(() -> refresh.refresh(phone.refreshToken().value(), "203.0.113.7"))
                .isInstanceOf(AuthenticationFailedException.class);
        LoggedIn refreshed = refresh.refresh(laptop.refreshToken().value(), "203.0.113.7");
        assertThat(refreshed.sessionId()).isEqualTo(laptop.sessionId());
        assertThat(accessCheck.isRevoked(ann.id(), clock.instant())).isFalse();
    }

    /** The revocation before the change cannot end it: only the one after the commit (the event's) can. */
    @Test
    void aSessionOpenedWithTheOldPasswordDuringTheChangeEndsAfterTheCommit() {
        LoggedIn caller = logIn(Accounts.PASSWORD);
        List<LoggedIn> openedMeanwhile = new ArrayList<>();
        duringTheChange = () -> openedMeanwhile.add(logIn(Accounts.PASSWORD));

        service.changePassword(change(caller, Accounts.PASSWORD));

        assertThat(events.heard()).containsExactly(new PasswordChanged(ann.id(), caller.sessionId()));
        assertThat(events.heardBeforeCommit()).isFalse();
        assertThatThrownBy(() -> refresh.refresh(openedMeanwhile.getFirst().refreshToken().value(), "203.0.113.7"))
                .isInstanceOf(AuthenticationFailedException.class);
    }

    /** The change has committed: a session store that fails after it costs a warning, not the caller's request. */
    @Test
    void aSessionStoreThatFailsAfterTheCommitLeavesThePasswordChanged() {
        LoggedIn caller = logIn(Accounts.PASSWORD);
        duringTheChange = sessions::down;

        service.changePassword(change(caller, Accounts.PASSWORD));

        sessions.up();
        assertThat(logIn(NEW_PASSWORD).user().id()).isEqualTo(ann.id());
        assertThat(audit.entries()).extracting(AuditEntry::action).containsExactly(AuditAction.PASSWORD_CHANGE);
    }

    @Test
    void aCallerWhoseTokenNamesNoSessionKeepsNone() {
        LoggedIn phone = logIn(Accounts.PASSWORD);

        service.changePassword(new ChangePasswordCommand(ann.id(), null, Accounts.PASSWORD, NEW_PASSWORD));

        assertThatThrownBy(() -> refresh.refresh(phone.refreshToken().value(), "203.0.113.7"))
                .isInstanceOf(AuthenticationFailedException.class);
    }

    /** A stolen access token is not enough: without the current password nothing changes, and the guess counts. */
    @Test
    void aWrongCurrentPasswordChangesNothingAndCountsAsAFailedLogin() {
        LoggedIn phone = logIn(Accounts.PASSWORD);
        LoggedIn thief = logIn(Accounts.PASSWORD);

        assertThatThrownBy(() -> service.changePassword(change(thief, "a guess at the password")))
                .isInstanceOf(WrongPasswordException.class);

        assertThat(throttle.calls).containsExactly("check ann@example.org", "failed ann@example.org");
        assertThat(logIn(Accounts.PASSWORD).user().id()).isEqualTo(ann.id());
        assertThat(refresh.refresh(phone.refreshToken().value(), "203.0.113.7").user().id()).isEqualTo(ann.id());
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void anAccountOutOfFailedLoginsIsRefusedBeforeThePasswordIsChecked() {
        LoggedIn caller = logIn(Accounts.PASSWORD);
        throttle.lockedOut = true;

        assertThatThrownBy(() -> service.changePassword(change(caller, Accounts.PASSWORD)))
                .hasMessage("too many failed logins");

        assertThat(logIn(Accounts.PASSWORD).user().id()).isEqualTo(ann.id());
    }

    @Test
    void theNewPasswordFollowsTheSignUpRulesAndTheCurrentOneIsRequired() {
        assertThatThrownBy(() -> new ChangePasswordCommand(ann.id(), null, Accounts.PASSWORD, "short"))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .extracting(v -> v.field()).containsExactly("newPassword"));
        assertThatThrownBy(() -> new ChangePasswordCommand(ann.id(), null, Accounts.PASSWORD, "x".repeat(129)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new ChangePasswordCommand(ann.id(), null, null, null))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .extracting(v -> v.field()).containsExactly("currentPassword", "newPassword"));
        assertThat(new ChangePasswordCommand(ann.id(), null, "p", NEW_PASSWORD).toString()).doesNotContain(NEW_PASSWORD);
        assertThatThrownBy(() -> new ChangePasswordCommand(ann.id(), null, "broken \uD800 surrogate", NEW_PASSWORD))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new ChangePasswordCommand(ann.id(), null, Accounts.PASSWORD, "broken \uD800 surrogate"))
                .isInstanceOf(ValidationException.class);
    }

    /** A new password with the old sessions still live would be worse than no change: nothing changes, the caller retries. */
    @Test
    void withTheSessionStoreDownNothingChanges() {
        LoggedIn caller = logIn(Accounts.PASSWORD);
        sessions.down();

        assertThatThrownBy(() -> service.changePassword(change(caller, Accounts.PASSWORD)))
                .isInstanceOf(SessionStoreUnavailableException.class);

        sessions.up();
        assertThat(logIn(Accounts.PASSWORD).user().id()).isEqualTo(ann.id());
        assertThat(audit.entries()).isEmpty();
        assertThat(events.heard()).isEmpty();
    }
}
