package dev.stride.application.port.in;

import dev.stride.domain.shared.AuthenticationFailedException;
import dev.stride.domain.user.User;

public interface LogInUseCase {

    /** @throws AuthenticationFailedException for an unknown email, a wrong password or a deleted account alike */
    User logIn(LogInCommand command);
}
