package dev.stride.application.port.in.admin;

import dev.stride.domain.shared.Page;
import dev.stride.domain.shared.PageRequest;
import dev.stride.domain.user.User;

/** Admin only. */
public interface ListUsersUseCase {

    /** Soft-deleted accounts, most recently deleted first; or live ones, oldest first. */
    Page<User> listUsers(boolean deleted, PageRequest page);
}
