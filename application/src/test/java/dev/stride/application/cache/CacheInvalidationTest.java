package dev.stride.application.cache;

import dev.stride.application.event.DomainEvent;
import dev.stride.application.event.DomainEvent.AccountClosed;
import dev.stride.application.event.DomainEvent.ActivitiesChanged;
import dev.stride.application.event.DomainEvent.ActivityWritten;
import dev.stride.application.event.UnitOfWork;
import dev.stride.application.testing.InMemoryActivityRepository;
import dev.stride.application.testing.InMemoryCache;
import dev.stride.application.testing.InMemoryTransactions;
import dev.stride.application.testing.SwitchableCache;
import dev.stride.application.testing.TestCaches;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.shared.Page;
import dev.stride.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The cache's subscription to committed writes, on a real in-memory cache that a test can take down. */
class CacheInvalidationTest {

    private static final long USER = 42;
    private static final PageRequest FIRST_PAGE = new PageRequest(0, 20);

    private final InMemoryActivityRepository activities = new InMemoryActivityRepository();
    private final SwitchableCache redis = new SwitchableCache(new InMemoryCache());
    private final ActivityCache cache = TestCaches.activityCache(redis);
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final UnitOfWork unitOfWork = new UnitOfWork(transactions, List.of(new CacheInvalidation(cache, activities)));
    private final AtomicInteger pageLoads = new AtomicInteger();

    private Activity logged() {
        return activities.insert(USER, new ActivityDetails(ActivityType.RUNNING, null, null, 30, null, null, null,
                LocalDate.of(2026, 11, 20)), Instant.parse("2026-11-20T10:00:00Z"));
    }

    private Page<Activity> listed() {
        return cache.page(USER, ActivityFilter.NONE, FIRST_PAGE, () -> {
            pageLoads.incrementAndGet();
            return activities.findLive(USER, ActivityFilter.NONE, FIRST_PAGE);
        });
    }

    private void commit(DomainEvent event) {
        unitOfWork.inTransaction(events -> {
            events.record(event);
            return null;
        });
    }

    @Test
    void aWrittenActivityRetiresTheUsersReadsAndIsStoredAtOnce() {
        listed();
        Activity written = logged();

        commit(new ActivityWritten(written));

        assertThat(listed().items()).containsExactly(written);
        assertThat(cache.activity(USER, written.id(), Optional::empty)).as("a hit, no load").contains(written);
    }

    @Test
    void changedActivitiesAndAClosedAccountRetireTheUsersReads() {
        listed();
        Activity added = logged();
        commit(new ActivitiesChanged(USER));
        assertThat(listed().items()).containsExactly(added);

        activities.softDelete(USER, added.id(), Instant.parse("2026-11-20T11:00:00Z"));
        commit(new AccountClosed(USER));
        assertThat(listed().items()).isEmpty();
        assertThat(pageLoads).hasValue(3);
    }

    /** Redis down at the commit: the write stands, and no read serves what it should have retired. */
    @Test
    void aCacheThatIsDownAtTheCommitCostsTheWriterNothingAndNoReadIsStale() {
        listed();
        Activity added = logged();
        redis.down();

        commit(new ActivityWritten(added));

        assertThat(listed().items()).as("bypassed while down").containsExactly(added);
        redis.up();
        assertThat(listed().items()).as("the pending invalidation delivered first").containsExactly(added);
    }
}
