package dev.stride.application.port.in.user;

import dev.stride.domain.shared.NotFoundException;

public interface DeleteAccountUseCase {

    /**
     * Soft-deletes the account: it cannot log in, its sessions and access tokens stop working and its
     * activities disappear from every read, until an admin restores it or retention purges it.
     *
     * @throws NotFoundException when the account is not live
     */
    void deleteAccount(long userId);
}
