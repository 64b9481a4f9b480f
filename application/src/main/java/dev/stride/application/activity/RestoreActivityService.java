package dev.stride.application.activity;

import dev.stride.application.port.in.RestoreActivityUseCase;
import dev.stride.domain.activity.Activity;
import dev.stride.application.cache.ActivityCache;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.shared.NotFoundException;

import java.time.Clock;

public final class RestoreActivityService implements RestoreActivityUseCase {

    private final ActivityRepository activities;
    private final Clock clock;
    private final ActivityCache cache;

    public RestoreActivityService(ActivityRepository activities, Clock clock, ActivityCache cache) {
        this.activities = activities;
        this.clock = clock;
        this.cache = cache;
    }

    @Override
    public Activity restore(long userId, long activityId) {
        Activity restored = activities.restore(userId, activityId, clock.instant())
                .orElseThrow(() -> new NotFoundException("deleted activity"));
        cache.activityChanged(userId, activityId, () -> activities.findLive(userId, activityId));
        return restored;
    }
}
