package dev.stride.application.testing;

import dev.stride.domain.port.UserRepository;

import java.time.Instant;

class InMemoryUserRepositoryTest extends UserRepositoryContract {

    private final InMemoryUserRepository users = new InMemoryUserRepository();

    @Override
    protected UserRepository users() {
        return users;
    }

    @Override
    protected void softDelete(long userId, Instant now) {
        users.softDelete(userId, now);
    }
}
