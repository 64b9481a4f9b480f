package dev.stride.application.user;

import dev.stride.application.port.in.LogInCommand;
import dev.stride.application.port.in.LogInUseCase;
import dev.stride.domain.port.PasswordHasher;
import dev.stride.domain.port.UserRepository;
import dev.stride.domain.shared.AuthenticationFailedException;
import dev.stride.domain.shared.ValidationException;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.User;

import java.util.Optional;

public final class LogInService implements LogInUseCase {

    private final UserRepository users;
    private final PasswordHasher hasher;
    /** Compared against when the account does not exist, so timing does not reveal which emails are registered. */
    private final String decoyHash;

    public LogInService(UserRepository users, PasswordHasher hasher) {
        this.users = users;
        this.hasher = hasher;
        this.decoyHash = hasher.hash("decoy-password-never-matches");
    }

    @Override
    public User logIn(LogInCommand command) {
        Optional<User> user = parse(command.email()).flatMap(users::findLiveByEmail);
        String password = command.password() == null ? "" : command.password();
        boolean matches = hasher.matches(password, user.map(User::passwordHash).orElse(decoyHash));
        if (user.isEmpty() || !matches) {
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
