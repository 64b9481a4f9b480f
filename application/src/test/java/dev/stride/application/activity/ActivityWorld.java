package dev.stride.application.activity;

import dev.stride.application.event.DomainEvent;
import dev.stride.application.event.UnitOfWork;
import dev.stride.application.testing.CacheProbe;
import dev.stride.application.testing.EventLog;
import dev.stride.application.testing.InMemoryActivityRepository;
import dev.stride.application.testing.InMemoryAuditLog;
import dev.stride.application.testing.InMemoryTransactions;
import dev.stride.application.testing.InMemoryUserRepository;
import dev.stride.application.testing.MutableClock;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.NewUser;
import dev.stride.domain.user.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the activity use cases run against in tests: a hand-moved clock, accounts and activities in
 * memory, an audit log and transactions in memory, and a unit of work that publishes what the writes
 * changed to a real (in-memory) cache and to a log of events.
 */
final class ActivityWorld {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final int QUOTA = 3;

    final MutableClock clock = new MutableClock(NOW);
    final InMemoryUserRepository users = new InMemoryUserRepository();
    final InMemoryActivityRepository activities;
    final InMemoryAuditLog audit = new InMemoryAuditLog();
    final InMemoryTransactions transactions = new InMemoryTransactions();
    final EventLog events = new EventLog(transactions);
    final CacheProbe cache;
    final UnitOfWork unitOfWork;
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
        this.cache = new CacheProbe(transactions, this.activities);
        this.unitOfWork = new UnitOfWork(transactions, List.of(cache.subscriber(), events));
    }

    /** The last write published exactly {@code expected}, after its commit, and the user's cached reads were retired. */
    void publishedAfterCommit(long userId, DomainEvent... expected) {
        assertThat(events.heard()).containsExactly(expected);
        assertThat(events.heardBeforeCommit()).as("published before the commit").isFalse();
        assertThat(cache.invalidatedBeforeCommit()).as("invalidated before the commit").isFalse();
        assertThat(cache.retired(userId)).as("the user's cached reads retired").isTrue();
    }

    /** A write that failed published nothing, and the user's cached reads are still there. */
    void publishedNothing(long userId) {
        assertThat(events.heard()).isEmpty();
        assertThat(cache.retired(userId)).as("the user's cached reads retired").isFalse();
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
