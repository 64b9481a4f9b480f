package dev.stride.application.admin;

import dev.stride.application.port.in.admin.ListUsersUseCase;
import dev.stride.domain.port.UserRepository;
import dev.stride.domain.shared.Page;
import dev.stride.domain.shared.PageRequest;
import dev.stride.domain.user.User;

public final class ListUsersService implements ListUsersUseCase {

    private final UserRepository users;

    public ListUsersService(UserRepository users) {
        this.users = users;
    }

    @Override
    public Page<User> listUsers(boolean deleted, PageRequest page) {
        return users.findByDeleted(deleted, page);
    }
}
