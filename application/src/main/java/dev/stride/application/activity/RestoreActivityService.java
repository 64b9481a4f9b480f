package dev.stride.application.activity;

import dev.stride.application.port.in.RestoreActivityUseCase;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.shared.NotFoundException;

import java.time.Clock;

public final class RestoreActivityService implements RestoreActivityUseCase {

    private final ActivityRepository activities;
    private final Clock clock;

    public RestoreActivityService(ActivityRepository activities, Clock clock) {
        this.activities = activities;
        this.clock = clock;
    }

    @Override
    public Activity restore(long userId, long activityId) {
        return activities.restore(userId, activityId, clock.instant())
                .orElseThrow(() -> new NotFoundException("deleted activity"));
    }
}
