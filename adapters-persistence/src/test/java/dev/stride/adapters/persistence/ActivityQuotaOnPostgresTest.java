package dev.stride.adapters.persistence;

import dev.stride.application.activity.ActivityQuota;
import dev.stride.application.activity.CreateActivityService;
import dev.stride.application.activity.ImportActivitiesService;
import dev.stride.application.activity.RestoreActivityService;
import dev.stride.application.event.DomainEvent;
import dev.stride.application.event.UnitOfWork;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.shared.QuotaExceededException;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.NewUser;
import dev.stride.domain.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The quota of live activities on PostgreSQL: refused writes roll back, and racing writers cannot pass it. */
class ActivityQuotaOnPostgresTest {

    private static final int QUOTA = 10;
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final ActivityDetails RUN =
            new ActivityDetails(ActivityType.RUNNING, null, null, 30, null, null, null, LocalDate.of(2026, 11, 20));

    private final JooqActivityRepository activities = new JooqActivityRepository(TestDatabase.dsl());
    private final JooqTransactions transactions = new JooqTransactions(TestDatabase.transactionManager());
    private final ActivityQuota quota = new ActivityQuota(activities, QUOTA);
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    /** What the writes published: only what committed. */
    private final List<DomainEvent> published = new CopyOnWriteArrayList<>();
    private final UnitOfWork unitOfWork = new UnitOfWork(transactions, List.of(published::add));
    private final CreateActivityService create = new CreateActivityService(activities, quota, unitOfWork, clock);
    private long user;

    @BeforeEach
    void aUserJustBelowTheQuota() {
        TestDatabase.empty();
        user = new JooqUserRepository(TestDatabase.dsl())
                .insert(new NewUser(new Email("quota@example.org"), "hash", "Q", Role.USER, NOW)).id();
        activities.insertAll(user, Collections.nCopies(QUOTA - 2, RUN), NOW);
    }

    /** Abuse: many parallel creates at the edge of the quota, each of which alone would fit. */
    @Test
    void concurrentCreatesAtTheEdgeNeverPassTheQuota() throws Exception {
        int writers = 16;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            for (int i = 0; i < writers; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        create.create(user, RUN);
                        return true;
                    } catch (QuotaExceededException e) {
                        return false;
                    }
                }));
            }
            start.countDown();
        }

        assertThat(succeeded(outcomes)).isEqualTo(2);
        assertThat(published).as("the two creates that committed, none of those that rolled back").hasSize(2);
        assertThat(activities.countLiveHoldingQuotaLock(user)).isEqualTo(QUOTA);
        assertThat(TestDatabase.dsl().fetchCount(dev.stride.adapters.persistence.jooq.Tables.ACTIVITIES)).isEqualTo(QUOTA);
    }

    @Test
    void aRefusedRestoreStaysInTheTrash() {
        Activity trashed = create.create(user, RUN);
        activities.softDelete(user, trashed.id(), NOW);
        create.create(user, RUN);
        create.create(user, RUN);
        RestoreActivityService restore = new RestoreActivityService(activities, quota, new JooqAuditLog(TestDatabase.dsl()),
                unitOfWork, clock);
        published.clear();

        assertThatThrownBy(() -> restore.restore(user, trashed.id())).isInstanceOf(QuotaExceededException.class);
        assertThat(activities.findLive(user, trashed.id())).isEmpty();
        assertThat(published).isEmpty();
    }

    @Test
    void anImportPastTheQuotaCreatesNothing() {
        ImportActivitiesService importer = new ImportActivitiesService(activities, quota, unitOfWork, clock);

        assertThatThrownBy(() -> importer.importAll(user, List.of(RUN, RUN, RUN))).isInstanceOf(QuotaExceededException.class);
        assertThat(activities.countLiveHoldingQuotaLock(user)).isEqualTo(QUOTA - 2);
        assertThat(published).isEmpty();
        assertThat(importer.importAll(user, List.of(RUN, RUN))).isEqualTo(2);
    }

    private static long succeeded(List<Future<Boolean>> outcomes) throws InterruptedException, ExecutionException {
        long succeeded = 0;
        for (Future<Boolean> outcome : outcomes) {
            succeeded += outcome.get() ? 1 : 0;
        }
        return succeeded;
    }
}
