package dev.stride.application.activity;

import dev.stride.application.cache.ActivityCache;
import dev.stride.application.port.in.activity.ListActivitiesUseCase;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivityPosition;
import dev.stride.domain.activity.ActivitySort;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.shared.Page;
import dev.stride.domain.shared.PageRequest;
import dev.stride.domain.shared.Slice;

/** Only pages in the default order go through the cache: they are what clients read most; other orders and keyset pages read PostgreSQL. */
public final class ListActivitiesService implements ListActivitiesUseCase {

    private final ActivityRepository activities;
    private final ActivityCache cache;

    public ListActivitiesService(ActivityRepository activities, ActivityCache cache) {
        this.activities = activities;
        this.cache = cache;
    }

    @Override
    public Page<Activity> list(long userId, ActivityFilter filter, ActivitySort sort, PageRequest page) {
        if (!sort.isDefault()) {
            return activities.findLive(userId, filter, sort, page);
        }
        return cache.page(userId, filter, page, () -> activities.findLive(userId, filter, sort, page));
    }

    @Override
    public Slice<Activity> listAfter(long userId, ActivityFilter filter, ActivitySort sort, ActivityPosition after,
                                     PageRequest page) {
        return activities.findLiveAfter(userId, filter, sort, after, page.size());
    }
}
