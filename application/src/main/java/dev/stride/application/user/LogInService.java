package dev.stride.application.user;

import dev.stride.application.port.in.LogInCommand;
import dev.stride.application.port.in.LogInUseCase;
import dev.stride.application.port.in.LoggedIn;
import dev.stride.application.ratelimit.FailedLogins;
import dev.stride.domain.port.PasswordHasher;
import dev.stride.domain.port.SessionStore;
import dev.stride.domain.port.UserRepository;
import dev.stride.domain.session.LoginFamily;
import dev.stride.domain.session.RefreshToken;
import dev.stride.domain.session.Session;
import dev.stride.domain.shared.AuthenticationFailedException;
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
        User user = authenticate(command);
        RefreshToken token = RefreshToken.generate();
        Instant now = clock.instant();
        sessions.create(new Session(token.hash(), user.id(), LoginFamily.newId(now), now.plus(refreshTokenTtl)));
        return new LoggedIn(user, token);
    }

    /** Unknown emails count as failed logins too, so that the throttle tells nobody which accounts exist. */
    private User authenticate(LogInCommand command) {
        failedLogins.requireAttemptsLeft(command.email());
        Optional<User> user = parse(command.email()).flatMap(users::findLiveByEmail);
        String password = command.password() == null ? "" : command.password();
        boolean matches = hasher.matches(password, user.map(User::passwordHash).orElse(decoyHash));
        if (user.isEmpty() || !matches) {
            failedLogins.failed(command.email());
            throw new AuthenticationFailedException();
        }
        return user.get();
    }

    private static Optional<Email> parse(String email) {
        try {
            return Optional.of(new Email(email));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }
}
