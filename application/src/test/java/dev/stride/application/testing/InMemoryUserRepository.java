package dev.stride.application.testing;

import dev.stride.domain.port.UserRepository;
import dev.stride.domain.shared.ConflictException;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.NewUser;
import dev.stride.domain.user.User;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** A {@link UserRepository} in a map, with the same unique-live-email rule as the database. */
public class InMemoryUserRepository implements UserRepository {

    private final Map<Long, User> rows = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public synchronized User insert(NewUser user) {
        if (findLiveByEmail(user.email()).isPresent()) {
            throw new ConflictException("email already registered");
        }
        User stored = user.withId(ids.incrementAndGet());
        rows.put(stored.id(), stored);
        return stored;
    }

    @Override
    public Optional<User> findLiveByEmail(Email email) {
        return rows.values().stream().filter(u -> !u.isDeleted() && u.email().equals(email)).findFirst();
    }

    @Override
    public Optional<User> findLiveById(long userId) {
        return Optional.ofNullable(rows.get(userId)).filter(u -> !u.isDeleted());
    }

    /** Soft-deletes a live account, as closing it does; false when there is no live account with this id. */
    public synchronized boolean softDelete(long userId, Instant now) {
        return findLiveById(userId).map(u -> {
            rows.put(userId, new User(u.id(), u.email(), u.passwordHash(), u.displayName(), u.role(), u.createdAt(), now));
            return true;
        }).orElse(false);
    }

    /** True while the user exists and is not soft-deleted; pass as the live-owner check of {@link InMemoryActivityRepository}. */
    public boolean isLive(long userId) {
        return findLiveById(userId).isPresent();
    }

    public List<User> all() {
        return List.copyOf(rows.values());
    }
}
