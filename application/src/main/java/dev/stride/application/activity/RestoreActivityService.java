package dev.stride.application.activity;

import dev.stride.application.event.DomainEvent.ActivityWritten;
import dev.stride.application.event.UnitOfWork;
import dev.stride.application.port.in.activity.RestoreActivityUseCase;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.port.AuditLog;
import dev.stride.domain.shared.NotFoundException;

import java.time.Clock;
import java.time.Instant;

/** The restore, the quota check and the audit entry commit together; the cache hears of it after the commit. */
public final class RestoreActivityService implements RestoreActivityUseCase {

    private final ActivityRepository activities;
    private final ActivityQuota quota;
    private final AuditLog audit;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RestoreActivityService(ActivityRepository activities, ActivityQuota quota, AuditLog audit,
                                  UnitOfWork unitOfWork, Clock clock) {
        this.activities = activities;
        this.quota = quota;
        this.audit = audit;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Activity restore(long userId, long activityId) {
        Instant now = clock.instant();
        return unitOfWork.inTransaction(events -> {
            Activity activity = activities.restore(userId, activityId, now)
                    .orElseThrow(() -> new NotFoundException("deleted activity"));
            quota.requireWithinQuota(userId);
            audit.record(AuditEntry.ofActivity(userId, AuditAction.RESTORE, activityId, userId, now));
            events.record(new ActivityWritten(activity));
            return activity;
        });
    }
}
