package dev.stride.application.activity;

import dev.stride.application.cache.ActivityCache;
import dev.stride.application.testing.InMemoryActivityRepository;
import dev.stride.application.testing.InMemoryAuditLog;
import dev.stride.application.testing.InMemoryTransactions;
import dev.stride.application.testing.InMemoryUserRepository;
import dev.stride.application.testing.MutableClock;
import dev.stride.application.testing.TestCaches;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.NewUser;
import dev.stride.domain.user.Role;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the activity use cases run against in tests: a hand-moved clock, accounts and activities in
 * memory, an audit log and transactions in memory, and no caching (the cache has tests of its own), so every read shows the repository.
 */
final class ActivityWorld {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final int QUOTA = 3;

    final MutableClock clock = new MutableClock(NOW);
    final InMemoryUserRepository users = new InMemoryUserRepository();
    final InMemoryActivityRepository activities;
    final ActivityCache cache = TestCaches.disabled();
    final InMemoryAuditLog audit = new InMemoryAuditLog();
    final InMemoryTransactions transactions = new InMemoryTransactions();
    /** A quota small enough to reach in a test. */
    final ActivityQuota quota;
    private int accounts;

    ActivityWorld() {
        this(null);
    }

    /** For tests that need a repository with a twist (for example a concurrent writer). */
    ActivityWorld(InMemoryActivityRepository activities) {
        this.activities = activities == null ? new InMemoryActivityRepository(users::isLive) : activities;
        this.quota = new ActivityQuota(this.activities, QUOTA);
    }

    long newUser() {
        Email email = new Email("user" + ++accounts + "@example.org");
        return users.insert(new NewUser(email, "hash", "User", Role.USER, NOW)).id();
    }

    Activity existing(long userId, ActivityDetails details) {
        return activities.insert(userId, details, NOW);
    }

    static ActivityDetails run(LocalDate date) {
        return new ActivityDetails(ActivityType.RUNNING, "Morning run", null, 45, null, null, null, date);
    }

    static ActivityDetails swim(LocalDate date) {
        return new ActivityDetails(ActivityType.SWIMMING, null, "pool", 30, null, 300, null, date);
    }
}
