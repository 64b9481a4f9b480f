package dev.stride.application.activity;

import dev.stride.application.port.in.CreateActivityUseCase;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.application.cache.ActivityCache;
import dev.stride.domain.port.ActivityRepository;

import java.time.Clock;

public final class CreateActivityService implements CreateActivityUseCase {

    private final ActivityRepository activities;
    private final Clock clock;
    private final ActivityCache cache;

    public CreateActivityService(ActivityRepository activities, Clock clock, ActivityCache cache) {
        this.activities = activities;
        this.clock = clock;
        this.cache = cache;
    }

    @Override
    public Activity create(long userId, ActivityDetails details) {
        ActivityDates.requireLoggable(details, clock);
        Activity created = activities.insert(userId, details, clock.instant());
        cache.activityChanged(userId, created.id(), () -> activities.findLive(userId, created.id()));
        return created;
    }
}
