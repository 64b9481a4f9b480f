package dev.stride.application.activity;

import dev.stride.application.cache.ActivityCache;
import dev.stride.application.port.in.ListActivitiesUseCase;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.shared.Page;
import dev.stride.domain.shared.PageRequest;

public final class ListActivitiesService implements ListActivitiesUseCase {

    private final ActivityRepository activities;
    private final ActivityCache cache;

    public ListActivitiesService(ActivityRepository activities, ActivityCache cache) {
        this.activities = activities;
        this.cache = cache;
    }

    @Override
    public Page<Activity> list(long userId, ActivityFilter filter, PageRequest page) {
        return cache.page(userId, filter, page, () -> activities.findLive(userId, filter, page));
    }
}
