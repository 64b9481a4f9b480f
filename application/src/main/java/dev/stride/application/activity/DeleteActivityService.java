package dev.stride.application.activity;

import dev.stride.application.event.DomainEvent.ActivitiesChanged;
import dev.stride.application.event.UnitOfWork;
import dev.stride.application.port.in.activity.DeleteActivityUseCase;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.port.AuditLog;
import dev.stride.domain.shared.NotFoundException;

import java.time.Clock;
import java.time.Instant;

/** The soft delete and its audit entry commit together; the cache hears of it after the commit. */
public final class DeleteActivityService implements DeleteActivityUseCase {

    private final ActivityRepository activities;
    private final AuditLog audit;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public DeleteActivityService(ActivityRepository activities, AuditLog audit, UnitOfWork unitOfWork, Clock clock) {
        this.activities = activities;
        this.audit = audit;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void delete(long userId, long activityId) {
        Instant now = clock.instant();
        unitOfWork.inTransaction(events -> {
            if (!activities.softDelete(userId, activityId, now)) {
                throw new NotFoundException("activity");
            }
            audit.record(AuditEntry.ofActivity(userId, AuditAction.SOFT_DELETE, activityId, userId, now));
            events.record(new ActivitiesChanged(userId));
            return null;
        });
    }
}
