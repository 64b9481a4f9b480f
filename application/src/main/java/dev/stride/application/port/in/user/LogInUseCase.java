package dev.stride.application.port.in.user;

import dev.stride.application.port.in.session.LoggedIn;
import dev.stride.domain.session.SessionStoreUnavailableException;
import dev.stride.domain.shared.AuthenticationFailedException;

public interface LogInUseCase {

    /**
     * Checks the credentials and opens a new session (a new token family).
     *
     * @throws AuthenticationFailedException    for an unknown email, a wrong password or a deleted account alike
     * @throws SessionStoreUnavailableException when the session cannot be stored
     */
    LoggedIn logIn(LogInCommand command);
}
