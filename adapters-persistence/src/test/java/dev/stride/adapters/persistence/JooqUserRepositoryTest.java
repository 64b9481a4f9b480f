package dev.stride.adapters.persistence;

import dev.stride.application.testing.UserRepositoryContract;
import dev.stride.domain.port.UserRepository;
import org.junit.jupiter.api.BeforeEach;

class JooqUserRepositoryTest extends UserRepositoryContract {

    private final JooqUserRepository users = new JooqUserRepository(TestDatabase.dsl());

    @BeforeEach
    void startEmpty() {
        TestDatabase.empty();
    }

    @Override
    protected UserRepository users() {
        return users;
    }
}
