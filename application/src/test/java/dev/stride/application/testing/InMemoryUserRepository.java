package dev.stride.application.testing;

import dev.stride.domain.port.UserRepository;
import dev.stride.domain.shared.ConflictException;
import dev.stride.domain.shared.Page;
import dev.stride.domain.shared.PageRequest;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.NewUser;
import dev.stride.domain.user.User;

import java.time.Instant;
import java.util.Comparator;
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

    @Override
    public synchronized boolean replacePasswordHash(long userId, String expectedHash, String newHash) {
        User user = rows.get(userId);
        if (user == null || !user.passwordHash().equals(expectedHash)) {
            return false;
        }
        rows.put(userId, new User(user.id(), user.email(), newHash, user.displayName(), user.role(), user.createdAt(),
                user.deletedAt()));
        return true;
    }

    @Override
    public synchronized boolean softDelete(long userId, Instant now) {
        return findLiveById(userId).map(u -> {
            rows.put(userId, withDeletedAt(u, now));
            return true;
        }).orElse(false);
    }

    @Override
    public synchronized Optional<User> updateDisplayName(long userId, String displayName) {
        return findLiveById(userId).map(u -> {
            User renamed = new User(u.id(), u.email(), u.passwordHash(), displayName, u.role(), u.createdAt(), null);
            rows.put(userId, renamed);
            return renamed;
        });
    }

    @Override
    public synchronized boolean updatePasswordHash(long userId, String passwordHash) {
        return findLiveById(userId).map(u -> {
            rows.put(userId, new User(u.id(), u.email(), passwordHash, u.displayName(), u.role(), u.createdAt(), null));
            return true;
        }).orElse(false);
    }

    @Override
    public synchronized Optional<User> restore(long userId) {
        return Optional.ofNullable(rows.get(userId)).filter(User::isDeleted).map(u -> {
            if (findLiveByEmail(u.email()).isPresent()) {
                throw new ConflictException("email already registered");
            }
            User restored = withDeletedAt(u, null);
            rows.put(userId, restored);
            return restored;
        });
    }

    @Override
    public Page<User> findByDeleted(boolean deleted, PageRequest page) {
        Comparator<User> order = deleted
                ? Comparator.comparing(User::deletedAt).reversed().thenComparing(Comparator.comparingLong(User::id).reversed())
                : Comparator.comparingLong(User::id);
        List<User> matching = rows.values().stream().filter(u -> u.isDeleted() == deleted).sorted(order).toList();
        return Page.of(matching.stream().skip(page.offset()).limit(page.size()).toList(), page, matching.size());
    }

    /** Removes the accounts only: an {@link InMemoryActivityRepository} hides the activities of a missing owner. */
    @Override
    public synchronized List<Long> purgeDeletedBefore(Instant cutoff, int limit) {
        List<Long> purged = rows.values().stream()
                .filter(u -> u.isDeleted() && u.deletedAt().isBefore(cutoff))
                .sorted(Comparator.comparing(User::deletedAt))
                .limit(limit)
                .map(User::id)
                .toList();
        purged.forEach(rows::remove);
        return purged;
    }

    /** When the account was soft-deleted; empty while it is live, or when it does not exist. */
    public Optional<Instant> deletedAt(long userId) {
        return Optional.ofNullable(rows.get(userId)).map(User::deletedAt);
    }

    /** True while the user exists and is not soft-deleted; pass as the live-owner check of {@link InMemoryActivityRepository}. */
    public boolean isLive(long userId) {
        return findLiveById(userId).isPresent();
    }

    public List<User> all() {
        return List.copyOf(rows.values());
    }

    private static User withDeletedAt(User u, Instant deletedAt) {
        return new User(u.id(), u.email(), u.passwordHash(), u.displayName(), u.role(), u.createdAt(), deletedAt);
    }
}
