package dev.stride.application.testing;

import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.NewUser;
import dev.stride.domain.user.Role;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

class InMemoryActivityRepositoryTest extends ActivityRepositoryContract {

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryActivityRepository activities = new InMemoryActivityRepository(users);
    private final AtomicInteger owners = new AtomicInteger();

    @Override
    protected ActivityRepository activities() {
        return activities;
    }

    @Override
    protected long newOwner() {
        Email email = new Email("owner" + owners.incrementAndGet() + "@example.org");
        return users.insert(new NewUser(email, "hash", "Owner", Role.USER, CREATED)).id();
    }

    @Override
    protected void softDeleteOwner(long ownerId, Instant at) {
        users.softDelete(ownerId, at);
    }
}
