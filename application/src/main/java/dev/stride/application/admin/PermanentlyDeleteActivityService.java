package dev.stride.application.admin;

import dev.stride.application.cache.ActivityCache;
import dev.stride.application.port.in.admin.PermanentlyDeleteActivityUseCase;
import dev.stride.application.security.SecurityEvents;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.port.AuditLog;
import dev.stride.domain.port.Transactions;
import dev.stride.domain.shared.NotFoundException;

import java.time.Clock;
import java.time.Instant;

public final class PermanentlyDeleteActivityService implements PermanentlyDeleteActivityUseCase {

    private final ActivityRepository activities;
    private final AuditLog audit;
    private final Transactions transactions;
    private final ActivityCache cache;
    private final Clock clock;
    private final SecurityEvents securityEvents;

    public PermanentlyDeleteActivityService(ActivityRepository activities, AuditLog audit, Transactions transactions,
                                            ActivityCache cache, Clock clock, SecurityEvents securityEvents) {
        this.activities = activities;
        this.audit = audit;
        this.transactions = transactions;
        this.cache = cache;
        this.clock = clock;
        this.securityEvents = securityEvents;
    }

    @Override
    public void deletePermanently(long adminId, long activityId, String sourceIp) {
        Instant now = clock.instant();
        long owner = transactions.inTransaction(() -> {
            long ownerId = activities.deletePermanently(activityId).orElseThrow(() -> new NotFoundException("activity"));
            audit.record(AuditEntry.ofActivity(adminId, AuditAction.PERMANENT_DELETE, activityId, ownerId, now)
                    .from(sourceIp));
            return ownerId;
        });
        cache.userChanged(owner);
        securityEvents.countAdminAction();
    }
}
