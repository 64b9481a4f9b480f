package dev.stride.application.port.in.session;

import dev.stride.domain.session.SessionStoreUnavailableException;

public interface LogOutUseCase {

    /**
     * Ends the session of this refresh token. Logging out with a token that is unknown or already
     * logged out is not an error; a spent one counts as a replay, revokes its family and is recorded
     * as a security event from {@code sourceIp} (the client's address).
     *
     * @throws SessionStoreUnavailableException when the session store cannot be reached
     */
    void logOut(String refreshToken, String sourceIp);
}
