package dev.stride.application.user;

import dev.stride.application.port.in.user.GetCurrentUserUseCase;
import dev.stride.domain.port.UserRepository;
import dev.stride.domain.shared.NotFoundException;
import dev.stride.domain.user.User;

public final class GetCurrentUserService implements GetCurrentUserUseCase {

    private final UserRepository users;

    public GetCurrentUserService(UserRepository users) {
        this.users = users;
    }

    @Override
    public User currentUser(long userId) {
        return users.findLiveById(userId).orElseThrow(() -> new NotFoundException("user"));
    }
}
