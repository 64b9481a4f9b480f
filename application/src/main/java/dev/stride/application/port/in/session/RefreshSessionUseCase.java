package dev.stride.application.port.in.session;

import dev.stride.domain.session.SessionStoreUnavailableException;
import dev.stride.domain.shared.AuthenticationFailedException;

public interface RefreshSessionUseCase {

    /**
     * Spends the refresh token and issues its successor. A token presented a second time revokes
     * every token of its family (one of the two presenters has stolen it), and is recorded as a
     * security event from {@code sourceIp} (the client's address).
     *
     * @throws AuthenticationFailedException    when the token is unknown, expired, spent or revoked, or the account is gone
     * @throws SessionStoreUnavailableException when the session store cannot be reached
     */
    LoggedIn refresh(String refreshToken, String sourceIp);
}
