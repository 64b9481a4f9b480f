package dev.stride.application.port.in.user;

import dev.stride.domain.user.WrongPasswordException;

public interface ChangePasswordUseCase {

    /**
     * Every other session of the user is revoked and their access tokens issued before now stop working;
     * the caller's session stays, so the caller refreshes and carries on.
     *
     * @throws WrongPasswordException when the current password is not the user's (counted as a failed login)
     */
    void changePassword(ChangePasswordCommand command);
}
