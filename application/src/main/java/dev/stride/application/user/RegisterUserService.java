package dev.stride.application.user;

import dev.stride.application.port.in.user.RegisterUserCommand;
import dev.stride.application.port.in.user.RegisterUserUseCase;
import dev.stride.domain.port.PasswordHasher;
import dev.stride.domain.port.UserRepository;
import dev.stride.domain.user.NewUser;
import dev.stride.domain.user.Role;
import dev.stride.domain.user.User;

import java.time.Clock;

public final class RegisterUserService implements RegisterUserUseCase {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final Clock clock;

    public RegisterUserService(UserRepository users, PasswordHasher hasher, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    public User register(RegisterUserCommand command) {
        String displayName = command.displayName() == null ? command.email().localPart() : command.displayName();
        return users.insert(new NewUser(command.email(), hasher.hash(command.password()), displayName, Role.USER,
                clock.instant()));
    }
}
