package dev.stride.application.port.in;

import dev.stride.domain.session.SessionStoreUnavailableException;

public interface LogOutUseCase {

    /**
     * Ends the session of this refresh token. Logging out with a token that is unknown or already
     * logged out is not an error; a spent one counts as a replay and revokes its family.
     *
     * @throws SessionStoreUnavailableException when the session store cannot be reached
     */
    void logOut(String refreshToken);
}
