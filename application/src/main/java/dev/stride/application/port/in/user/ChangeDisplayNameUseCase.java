package dev.stride.application.port.in.user;

import dev.stride.domain.user.User;

public interface ChangeDisplayNameUseCase {

    /** The account with its new display name (validated as at sign-up). */
    User changeDisplayName(long userId, String displayName);
}
