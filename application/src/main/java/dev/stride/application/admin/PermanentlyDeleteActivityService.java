package dev.stride.application.admin;

import dev.stride.application.event.DomainEvent.ActivitiesChanged;
import dev.stride.application.event.DomainEvent.AdminActed;
import dev.stride.application.event.UnitOfWork;
import dev.stride.application.port.in.admin.PermanentlyDeleteActivityUseCase;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.port.AuditLog;
import dev.stride.domain.shared.NotFoundException;

import java.time.Clock;
import java.time.Instant;

public final class PermanentlyDeleteActivityService implements PermanentlyDeleteActivityUseCase {

    private final ActivityRepository activities;
    private final AuditLog audit;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public PermanentlyDeleteActivityService(ActivityRepository activities, AuditLog audit, UnitOfWork unitOfWork,
                                            Clock clock) {
        this.activities = activities;
        this.audit = audit;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void deletePermanently(long adminId, long activityId, String sourceIp) {
        Instant now = clock.instant();
        unitOfWork.inTransaction(events -> {
            long ownerId = activities.deletePermanently(activityId).orElseThrow(() -> new NotFoundException("activity"));
            audit.record(AuditEntry.ofActivity(adminId, AuditAction.PERMANENT_DELETE, activityId, ownerId, now)
                    .from(sourceIp));
            events.record(new ActivitiesChanged(ownerId));
            events.record(new AdminActed(adminId));
            return null;
        });
    }
}
