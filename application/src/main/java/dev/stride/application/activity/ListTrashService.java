package dev.stride.application.activity;

import dev.stride.application.port.in.activity.ListTrashUseCase;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.shared.Page;
import dev.stride.domain.shared.PageRequest;

public final class ListTrashService implements ListTrashUseCase {

    private final ActivityRepository activities;

    public ListTrashService(ActivityRepository activities) {
        this.activities = activities;
    }

    @Override
    public Page<Activity> listTrash(long userId, PageRequest page) {
        return activities.findDeleted(userId, page);
    }
}
