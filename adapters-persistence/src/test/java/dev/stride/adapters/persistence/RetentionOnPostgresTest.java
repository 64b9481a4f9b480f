package dev.stride.adapters.persistence;

import dev.stride.application.event.UnitOfWork;
import dev.stride.application.port.in.retention.PurgeSoftDeletedUseCase.PurgeReport;
import dev.stride.application.retention.PurgeSoftDeletedService;
import dev.stride.application.testing.MutableClock;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.port.AuditLog;
import dev.stride.domain.port.ExclusiveRunner;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.NewUser;
import dev.stride.domain.user.Role;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static dev.stride.adapters.persistence.jooq.Tables.ACTIVITIES;
import static dev.stride.adapters.persistence.jooq.Tables.AUDIT_LOG;
import static dev.stride.adapters.persistence.jooq.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;

/** The retention purge on PostgreSQL: batches, audit rows, and two purges (two instances) at once. */
class RetentionOnPostgresTest {

    private static final Duration RETENTION = Duration.ofDays(30);
    private static final Instant DELETED = Instant.parse("2026-10-01T10:00:00Z");
    private static final int BATCH = 4;

    private final DSLContext dsl = TestDatabase.dsl();
    private final JooqUserRepository users = new JooqUserRepository(dsl);
    private final JooqActivityRepository activities = new JooqActivityRepository(dsl);
    private final JooqAuditLog audit = new JooqAuditLog(dsl);
    private final JooqTransactions transactions = new JooqTransactions(TestDatabase.transactionManager());
    private final MutableClock clock = new MutableClock(DELETED.plus(RETENTION).plusSeconds(1));
    private int accounts;

    @BeforeEach
    void startEmpty() {
        TestDatabase.empty();
    }

    private PurgeSoftDeletedService purge(AuditLog auditLog, ExclusiveRunner runner) {
        return new PurgeSoftDeletedService(activities, users, auditLog, new UnitOfWork(transactions, List.of()), runner,
                clock, RETENTION, BATCH);
    }

    /** Another instance of the service: a runner of its own on the same database. */
    private PostgresAdvisoryLockRunner instance() {
        return new PostgresAdvisoryLockRunner(TestDatabase.dataSource());
    }

    private long newUser() {
        return users.insert(new NewUser(new Email("user" + ++accounts + "@example.org"), "hash", "User", Role.USER,
                DELETED.minusSeconds(3600))).id();
    }

    private List<Long> trashed(long owner, int count) {
        return IntStream.range(0, count).mapToObj(i -> {
            Activity activity = activities.insert(owner, new ActivityDetails(ActivityType.RUNNING, null, null, 30, null,
                    null, null, LocalDate.of(2026, 9, 1)), DELETED.minusSeconds(60));
            activities.softDelete(owner, activity.id(), DELETED.plusMillis(i));
            return activity.id();
        }).toList();
    }

    @Test
    void purgesMoreRowsThanOneBatchHoldsWithOneAuditRowEach() {
        long ann = newUser();
        List<Long> old = trashed(ann, 3 * BATCH + 1);
        long gone = newUser();
        List<Long> ofGone = trashed(gone, 2);
        Activity liveOfGone = activities.insert(gone, new ActivityDetails(ActivityType.YOGA, null, null, 20, null, null,
                null, LocalDate.of(2026, 9, 2)), DELETED);
        users.softDelete(gone, DELETED);
        clock.advance(Duration.ofSeconds(1));

        PurgeReport report = purge(audit, instance()).purge();

        assertThat(report).isEqualTo(new PurgeReport(true, old.size() + ofGone.size() + 1, 1));
        assertThat(dsl.fetchCount(ACTIVITIES)).isZero();
        assertThat(dsl.fetch(USERS).getValues(USERS.ID)).containsExactly(ann);
        List<Long> expected = new ArrayList<>(old);
        expected.addAll(ofGone);
        expected.add(liveOfGone.id());
        assertThat(auditedPurges(AuditEntry.ACTIVITY)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(auditedPurges(AuditEntry.USER)).containsExactly(gone);
        assertThat(dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTOR_ID.isNotNull())).isZero();
    }

    @Test
    void aSecondInstanceFindsTheLockTakenAndDoesNothing() throws Exception {
        long ann = newUser();
        List<Long> old = trashed(ann, 2 * BATCH + 2);
        CountDownLatch firstBatchWritten = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        AuditLog pausingAudit = entry -> {
            audit.record(entry);
            firstBatchWritten.countDown();
            await(goOn);
        };

        CompletableFuture<PurgeReport> first = CompletableFuture.supplyAsync(() -> purge(pausingAudit, instance()).purge());
        assertThat(firstBatchWritten.await(30, TimeUnit.SECONDS)).isTrue();
        PurgeReport second = purge(audit, instance()).purge();
        goOn.countDown();

        assertThat(second).isEqualTo(PurgeReport.SKIPPED);
        assertThat(first.get(60, TimeUnit.SECONDS)).isEqualTo(new PurgeReport(true, old.size(), 0));
        assertThat(auditedPurges(AuditEntry.ACTIVITY)).containsExactlyInAnyOrderElementsOf(old);
        assertThat(purge(audit, instance()).purge()).as("the lock is free again").isEqualTo(new PurgeReport(true, 0, 0));
    }

    @Test
    void evenWithoutTheLockTwoRacingPurgesNeverRemoveOrAuditARowTwice() throws Exception {
        long ann = newUser();
        long bob = newUser();
        List<Long> old = new ArrayList<>(trashed(ann, 60));
        old.addAll(trashed(bob, 60));
        ExclusiveRunner noLock = (name, work) -> {
            work.run();
            return true;
        };
        CountDownLatch start = new CountDownLatch(1);

        List<CompletableFuture<PurgeReport>> racers = List.of(
                CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return purge(audit, noLock).purge();
                }),
                CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return purge(audit, noLock).purge();
                }));
        start.countDown();
        int removed = 0;
        for (CompletableFuture<PurgeReport> racer : racers) {
            removed += racer.get(60, TimeUnit.SECONDS).activities();
        }

        assertThat(removed).isEqualTo(old.size());
        assertThat(auditedPurges(AuditEntry.ACTIVITY)).containsExactlyInAnyOrderElementsOf(old).doesNotHaveDuplicates();
        assertThat(dsl.fetchCount(ACTIVITIES)).isZero();
    }

    @Test
    void anAccountThatStillOwnsActivitiesWaitsForThemToBePurgedFirst() {
        long gone = newUser();
        activities.insert(gone, new ActivityDetails(ActivityType.YOGA, null, null, 20, null, null, null,
                LocalDate.of(2026, 9, 2)), DELETED);
        users.softDelete(gone, DELETED);

        assertThat(users.purgeDeletedBefore(clock.instant(), 10)).isEmpty();
        assertThat(activities.purgeDeletedBefore(clock.instant(), 10)).hasSize(1);
        assertThat(users.purgeDeletedBefore(clock.instant(), 10)).containsExactly(gone);
    }

    private List<Long> auditedPurges(String subjectType) {
        return dsl.select(AUDIT_LOG.SUBJECT_ID, AUDIT_LOG.OWNER_ID).from(AUDIT_LOG)
                .where(AUDIT_LOG.ACTION.eq("PURGE"), AUDIT_LOG.SUBJECT_TYPE.eq(subjectType))
                .fetch(Record2::value1);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
