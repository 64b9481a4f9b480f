package dev.stride.application.port.in.user;

import dev.stride.domain.shared.NotFoundException;
import dev.stride.domain.user.User;

public interface GetCurrentUserUseCase {

    /** @throws NotFoundException when the account is not live */
    User currentUser(long userId);
}
