package dev.stride.application.retention;

import dev.stride.application.event.UnitOfWork;
import dev.stride.application.port.in.retention.PurgeSoftDeletedUseCase.PurgeReport;
import dev.stride.application.testing.Accounts;
import dev.stride.application.testing.CacheProbe;
import dev.stride.application.testing.InMemoryActivityRepository;
import dev.stride.application.testing.InMemoryAuditLog;
import dev.stride.application.testing.InMemoryExclusiveRunner;
import dev.stride.application.testing.InMemoryTransactions;
import dev.stride.application.testing.InMemoryUserRepository;
import dev.stride.application.testing.MutableClock;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.user.Role;
import dev.stride.domain.user.User;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PurgeSoftDeletedServiceTest {

    private static final Duration RETENTION = Duration.ofDays(30);
    private static final int BATCH = 3;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-10-01T00:00:00Z"));
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryActivityRepository activities = new InMemoryActivityRepository(users);
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryExclusiveRunner runner = new InMemoryExclusiveRunner();
    private final CacheProbe cache = new CacheProbe(transactions, activities);
    private final UnitOfWork unitOfWork = new UnitOfWork(transactions, List.of(cache.subscriber()));
    private final PurgeSoftDeletedService service = service(runner);
    private final User ann = Accounts.register(users, "ann@example.org", Role.USER, clock.instant());

    private PurgeSoftDeletedService service(InMemoryExclusiveRunner lock) {
        return new PurgeSoftDeletedService(activities, users, audit, unitOfWork, lock, clock, RETENTION, BATCH);
    }

    private Activity logged(long owner) {
        return activities.insert(owner, new ActivityDetails(ActivityType.YOGA, null, null, 30, null, null, null,
                LocalDate.of(2026, 9, 1)), clock.instant());
    }

    private List<Long> trashed(long owner, int count) {
        return IntStream.range(0, count).mapToObj(i -> {
            Activity activity = logged(owner);
            activities.softDelete(owner, activity.id(), clock.instant());
            return activity.id();
        }).toList();
    }

    @Test
    void removesOnlyWhatWasDeletedLongerAgoThanTheRetentionInBatchesAuditingEachRow() {
        List<Long> old = trashed(ann.id(), 2 * BATCH + 1);
        Activity live = logged(ann.id());
        clock.advance(Duration.ofDays(10));
        List<Long> recent = trashed(ann.id(), 1);
        clock.advance(RETENTION.minusDays(5));
        cache.prime(ann.id());

        PurgeReport report = service.purge();

        assertThat(report).isEqualTo(new PurgeReport(true, old.size(), 0));
        assertThat(activities.all()).extracting(Activity::id).containsExactlyInAnyOrder(live.id(), recent.getFirst());
        assertThat(audit.entries()).extracting(AuditEntry::subjectId).containsExactlyInAnyOrderElementsOf(old);
        assertThat(audit.entries()).allSatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.PURGE);
            assertThat(entry.actorId()).isNull();
            assertThat(entry.subjectType()).isEqualTo(AuditEntry.ACTIVITY);
            assertThat(entry.ownerId()).isEqualTo(ann.id());
        });
        assertThat(transactions.committed()).as("activities in batches of 3, 3, 1; then one (empty) batch of accounts").isEqualTo(4);
        assertThat(cache.retired(ann.id())).isTrue();
        assertThat(cache.invalidatedBeforeCommit()).as("retired after each batch committed, not before").isFalse();
    }

    @Test
    void removesAccountsDeletedLongAgoWithAllTheirActivitiesEachAudited() {
        User bob = Accounts.register(users, "bob@example.org", Role.USER, clock.instant());
        Activity bobsLive = logged(bob.id());
        long bobsTrashed = trashed(bob.id(), 1).getFirst();
        Activity annsLive = logged(ann.id());
        users.softDelete(bob.id(), clock.instant());
        clock.advance(RETENTION.plusSeconds(1));

        PurgeReport report = service.purge();

        assertThat(report).isEqualTo(new PurgeReport(true, 2, 1));
        assertThat(users.all()).containsExactly(ann);
        assertThat(activities.all()).containsExactly(annsLive);
        assertThat(audit.entries()).extracting(AuditEntry::subjectType, AuditEntry::subjectId, AuditEntry::ownerId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(AuditEntry.ACTIVITY, bobsLive.id(), bob.id()),
                        org.assertj.core.groups.Tuple.tuple(AuditEntry.ACTIVITY, bobsTrashed, bob.id()),
                        org.assertj.core.groups.Tuple.tuple(AuditEntry.USER, bob.id(), bob.id()));
    }

    @Test
    void anAccountDeletedRecentlyKeepsEverything() {
        Activity live = logged(ann.id());
        users.softDelete(ann.id(), clock.instant());
        clock.advance(RETENTION.minusSeconds(1));

        assertThat(service.purge()).isEqualTo(new PurgeReport(true, 0, 0));
        assertThat(activities.all()).containsExactly(live);
        assertThat(users.all()).hasSize(1);
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void aPurgeThatFindsTheLockTakenDoesNothing() {
        trashed(ann.id(), 2);
        clock.advance(RETENTION.plusSeconds(1));
        AtomicReference<PurgeReport> nested = new AtomicReference<>();
        InMemoryExclusiveRunner shared = new InMemoryExclusiveRunner() {
            @Override
            public boolean runExclusively(String lockName, Runnable work) {
                return super.runExclusively(lockName, () -> {
                    nested.compareAndSet(null, service(this).purge()); // a second purge while the first holds the lock
                    work.run();
                });
            }
        };

        PurgeReport first = service(shared).purge();

        assertThat(nested.get()).isEqualTo(PurgeReport.SKIPPED);
        assertThat(first).isEqualTo(new PurgeReport(true, 2, 0));
        assertThat(audit.entries()).hasSize(2);
    }
}
