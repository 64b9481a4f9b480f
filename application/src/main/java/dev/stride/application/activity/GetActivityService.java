package dev.stride.application.activity;

import dev.stride.application.port.in.GetActivityUseCase;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.shared.NotFoundException;

public final class GetActivityService implements GetActivityUseCase {

    private final ActivityRepository activities;

    public GetActivityService(ActivityRepository activities) {
        this.activities = activities;
    }

    @Override
    public Activity get(long userId, long activityId) {
        return activities.findLive(userId, activityId).orElseThrow(() -> new NotFoundException("activity"));
    }
}
