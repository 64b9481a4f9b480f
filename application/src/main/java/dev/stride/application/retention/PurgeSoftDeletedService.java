package dev.stride.application.retention;

import dev.stride.application.event.DomainEvent.ActivitiesChanged;
import dev.stride.application.event.UnitOfWork;
import dev.stride.application.port.in.retention.PurgeSoftDeletedUseCase;
import dev.stride.domain.activity.PurgedActivity;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.port.AuditLog;
import dev.stride.domain.port.ExclusiveRunner;
import dev.stride.domain.port.UserRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * Retention: rows soft-deleted longer ago than {@code retention} are removed for good. Activities go
 * first (including those of accounts deleted that long ago), then the accounts, so that every
 * removed row gets its own audit entry. Each batch of at most {@code batchSize} rows is one short
 * transaction with its audit entries, so the purge never holds many locks for long; each publishes
 * that the affected users' activities changed, so their caches are retired after its commit. A
 * cluster-wide lock keeps a second purge (on this or another instance) from running at the same
 * time; it simply skips that round.
 */
public final class PurgeSoftDeletedService implements PurgeSoftDeletedUseCase {

    static final String LOCK = "stride.retention.purge";

    private final ActivityRepository activities;
    private final UserRepository users;
    private final AuditLog audit;
    private final UnitOfWork unitOfWork;
    private final ExclusiveRunner exclusively;
    private final Clock clock;
    private final Duration retention;
    private final int batchSize;

    public PurgeSoftDeletedService(ActivityRepository activities, UserRepository users, AuditLog audit,
                                   UnitOfWork unitOfWork, ExclusiveRunner exclusively, Clock clock, Duration retention,
                                   int batchSize) {
        if (retention.isNegative() || batchSize < 1) {
            throw new IllegalArgumentException("retention must not be negative and batches must hold at least one row");
        }
        this.activities = activities;
        this.users = users;
        this.audit = audit;
        this.unitOfWork = unitOfWork;
        this.exclusively = exclusively;
        this.clock = clock;
        this.retention = retention;
        this.batchSize = batchSize;
    }

    @Override
    public PurgeReport purge() {
        Instant cutoff = clock.instant().minus(retention);
        int[] purged = new int[2];
        boolean ran = exclusively.runExclusively(LOCK, () -> {
            purged[0] = drain(() -> purgeBatch(cutoff, activities::purgeDeletedBefore, PurgedActivity::ownerId,
                    (activity, now) -> AuditEntry.ofActivity(null, AuditAction.PURGE, activity.activityId(), activity.ownerId(), now)));
            purged[1] = drain(() -> purgeBatch(cutoff, users::purgeDeletedBefore, userId -> userId,
                    (userId, now) -> AuditEntry.ofUser(null, AuditAction.PURGE, userId, now)));
        });
        return ran ? new PurgeReport(true, purged[0], purged[1]) : PurgeReport.SKIPPED;
    }

    /** Runs batches until one comes back short: then nothing that was old enough is left. */
    private int drain(IntSupplier batch) {
        int total = 0;
        int size;
        do {
            size = batch.getAsInt();
            total += size;
        } while (size == batchSize);
        return total;
    }

    private <T> int purgeBatch(Instant cutoff, Purge<T> purge, Function<T, Long> owner, BiFunction<T, Instant, AuditEntry> entry) {
        return unitOfWork.inTransaction(events -> {
            List<T> removed = purge.removeBefore(cutoff, batchSize);
            Instant now = clock.instant();
            removed.forEach(row -> audit.record(entry.apply(row, now)));
            removed.stream().map(owner).distinct().forEach(userId -> events.record(new ActivitiesChanged(userId)));
            return removed.size();
        });
    }

    @FunctionalInterface
    private interface Purge<T> {
        List<T> removeBefore(Instant cutoff, int limit);
    }
}
