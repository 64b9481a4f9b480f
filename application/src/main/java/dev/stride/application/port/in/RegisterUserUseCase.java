package dev.stride.application.port.in;

import dev.stride.domain.user.User;

public interface RegisterUserUseCase {

    User register(RegisterUserCommand command);
}
