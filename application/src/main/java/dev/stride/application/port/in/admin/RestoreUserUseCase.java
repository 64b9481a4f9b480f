package dev.stride.application.port.in.admin;

import dev.stride.domain.shared.ConflictException;
import dev.stride.domain.shared.NotFoundException;
import dev.stride.domain.user.User;

/** Admin only. */
public interface RestoreUserUseCase {

    /**
     * Brings a soft-deleted account back, and with it every activity it had; audited with the
     * admin's address ({@code sourceIp}).
     *
     * @throws NotFoundException when there is no soft-deleted account with this id
     * @throws ConflictException when a live account has registered its email meanwhile
     */
    User restore(long adminId, long userId, String sourceIp);
}
