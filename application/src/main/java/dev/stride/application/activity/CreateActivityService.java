package dev.stride.application.activity;

import dev.stride.application.event.DomainEvent.ActivityWritten;
import dev.stride.application.event.UnitOfWork;
import dev.stride.application.port.in.activity.CreateActivityUseCase;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.port.ActivityRepository;

import java.time.Clock;

/** The insert and the quota check commit together, or neither does. */
public final class CreateActivityService implements CreateActivityUseCase {

    private final ActivityRepository activities;
    private final ActivityQuota quota;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public CreateActivityService(ActivityRepository activities, ActivityQuota quota, UnitOfWork unitOfWork, Clock clock) {
        this.activities = activities;
        this.quota = quota;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Activity create(long userId, ActivityDetails details) {
        ActivityDates.requireLoggable(details, clock);
        return unitOfWork.inTransaction(events -> {
            Activity activity = activities.insert(userId, details, clock.instant());
            quota.requireWithinQuota(userId);
            events.record(new ActivityWritten(activity));
            return activity;
        });
    }
}
