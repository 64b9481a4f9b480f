package dev.stride.application.port.in.user;

import dev.stride.domain.user.User;

public interface RegisterUserUseCase {

    User register(RegisterUserCommand command);
}
