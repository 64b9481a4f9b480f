package dev.stride.application.port.in;

import dev.stride.domain.shared.ConflictException;
import dev.stride.domain.shared.NotFoundException;
import dev.stride.domain.user.User;

/** Admin only. */
public interface RestoreUserUseCase {

    /**
     * Brings a soft-deleted account back, and with it every activity it had.
     *
     * @throws NotFoundException when there is no soft-deleted account with this id
     * @throws ConflictException when a live account has registered its email meanwhile
     */
    User restore(long adminId, long userId);
}
