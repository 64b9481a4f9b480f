package dev.stride.application.activity;

import dev.stride.application.cache.ActivityCache;
import dev.stride.application.port.in.activity.GetActivityUseCase;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.shared.NotFoundException;

public final class GetActivityService implements GetActivityUseCase {

    private final ActivityRepository activities;
    private final ActivityCache cache;

    public GetActivityService(ActivityRepository activities, ActivityCache cache) {
        this.activities = activities;
        this.cache = cache;
    }

    @Override
    public Activity get(long userId, long activityId) {
        return cache.activity(userId, activityId, () -> activities.findLive(userId, activityId))
                .orElseThrow(GetActivityService::notFound);
    }

    @Override
    public Activity current(long userId, long activityId) {
        return cache.activityToChange(userId, activityId, () -> activities.findLive(userId, activityId))
                .orElseThrow(GetActivityService::notFound);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("activity");
    }
}
