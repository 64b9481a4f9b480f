package dev.stride.application.testing;

import dev.stride.domain.port.UserRepository;

class InMemoryUserRepositoryTest extends UserRepositoryContract {

    private final InMemoryUserRepository users = new InMemoryUserRepository();

    @Override
    protected UserRepository users() {
        return users;
    }
}
