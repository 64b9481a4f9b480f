package dev.stride.application.user;

import dev.stride.application.port.in.session.LoggedIn;
import dev.stride.application.port.in.user.LogInCommand;
import dev.stride.application.port.in.user.LogInUseCase;
import dev.stride.application.ratelimit.FailedLogins;
import dev.stride.domain.port.PasswordHasher;
import dev.stride.domain.port.SessionStore;
import dev.stride.domain.port.UserRepository;
import dev.stride.domain.session.LoginFamily;
import dev.stride.domain.session.RefreshToken;
import dev.stride.domain.session.Session;
import dev.stride.domain.shared.AuthenticationFailedException;
import dev.stride.domain.shared.OverloadedException;
import dev.stride.domain.shared.ValidationException;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.User;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

public final class LogInService implements LogInUseCase {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final SessionStore sessions;
    private final Clock clock;
    private final Duration refreshTokenTtl;
    private final FailedLogins failedLogins;
    /** Compared against when the account does not exist, so timing does not reveal which emails are registered. */
    private final String decoyHash;

    public LogInService(UserRepository users, PasswordHasher hasher, SessionStore sessions, Clock clock,
                        Duration refreshTokenTtl, FailedLogins failedLogins) {
        this.users = users;
        this.hasher = hasher;
        this.sessions = sessions;
        this.clock = clock;
        this.refreshTokenTtl = refreshTokenTtl;
        this.failedLogins = failedLogins;
        this.decoyHash = hasher.hash("decoy-password-never-matches");
    }

    @Override
    public LoggedIn logIn(LogInCommand command) {
        String password = command.password() == null ? "" : command.password();
        User user = authenticate(command.email(), password, command.sourceIp());
        upgradeWeakHash(user, password);
        RefreshToken token = RefreshToken.generate();
        Instant now = clock.instant();
        String familyId = LoginFamily.newId(now);
        sessions.create(new Session(token.hash(), user.id(), familyId, now.plus(refreshTokenTtl)));
        return new LoggedIn(user, token, familyId);
    }

    /** Unknown emails count as failed logins too, so that the throttle tells nobody which accounts exist. */
    private User authenticate(String email, String password, String sourceIp) {
        failedLogins.requireAttemptsLeft(email);
        Optional<User> user = parse(email).flatMap(users::findLiveByEmail);
        boolean matches = hasher.matches(password, user.map(User::passwordHash).orElse(decoyHash));
        if (user.isEmpty() || !matches) {
            failedLogins.failed(email, sourceIp);
            throw new AuthenticationFailedException();
        }
        return user.get();
    }

    /**
     * Hashes made with older, weaker settings are replaced while the password is at hand. Best effort:
     * when hashing is saturated the login goes ahead and a later one upgrades the hash; a password
     * changed meanwhile is never overwritten (the replacement is conditional on the old hash).
     */
    private void upgradeWeakHash(User user, String password) {
        if (!hasher.needsRehash(user.passwordHash())) {
            return;
        }
        try {
            users.replacePasswordHash(user.id(), user.passwordHash(), hasher.hash(password));
        } catch (OverloadedException saturated) {
            // the next login upgrades it
        }
    }

    private static Optional<Email> parse(String email) {
        try {
            return Optional.of(new Email(email));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }
}
