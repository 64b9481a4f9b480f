package dev.stride.application.activity;

import dev.stride.application.port.in.DeleteActivityUseCase;
import dev.stride.application.cache.ActivityCache;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.shared.NotFoundException;

import java.time.Clock;

public final class DeleteActivityService implements DeleteActivityUseCase {

    private final ActivityRepository activities;
    private final Clock clock;
    private final ActivityCache cache;

    public DeleteActivityService(ActivityRepository activities, Clock clock, ActivityCache cache) {
        this.activities = activities;
        this.clock = clock;
        this.cache = cache;
    }

    @Override
    public void delete(long userId, long activityId) {
        if (!activities.softDelete(userId, activityId, clock.instant())) {
            throw new NotFoundException("activity");
        }
        cache.userChanged(userId);
    }
}
