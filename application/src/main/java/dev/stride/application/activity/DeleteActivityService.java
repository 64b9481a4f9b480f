package dev.stride.application.activity;

import dev.stride.application.cache.ActivityCache;
import dev.stride.application.port.in.activity.DeleteActivityUseCase;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.port.AuditLog;
import dev.stride.domain.port.Transactions;
import dev.stride.domain.shared.NotFoundException;

import java.time.Clock;
import java.time.Instant;

/** The soft delete and its audit entry commit together; the cache hears of it after the commit. */
public final class DeleteActivityService implements DeleteActivityUseCase {

    private final ActivityRepository activities;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;
    private final ActivityCache cache;

    public DeleteActivityService(ActivityRepository activities, AuditLog audit, Transactions transactions, Clock clock,
                                 ActivityCache cache) {
        this.activities = activities;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.cache = cache;
    }

    @Override
    public void delete(long userId, long activityId) {
        Instant now = clock.instant();
        transactions.inTransaction(() -> {
            if (!activities.softDelete(userId, activityId, now)) {
                throw new NotFoundException("activity");
            }
            audit.record(AuditEntry.ofActivity(userId, AuditAction.SOFT_DELETE, activityId, userId, now));
            return null;
        });
        cache.userChanged(userId);
    }
}
