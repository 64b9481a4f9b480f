package dev.stride.application.activity;

import dev.stride.application.port.in.CreateActivityUseCase;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.port.ActivityRepository;

import java.time.Clock;

public final class CreateActivityService implements CreateActivityUseCase {

    private final ActivityRepository activities;
    private final Clock clock;

    public CreateActivityService(ActivityRepository activities, Clock clock) {
        this.activities = activities;
        this.clock = clock;
    }

    @Override
    public Activity create(long userId, ActivityDetails details) {
        ActivityDates.requireLoggable(details, clock);
        return activities.insert(userId, details, clock.instant());
    }
}
