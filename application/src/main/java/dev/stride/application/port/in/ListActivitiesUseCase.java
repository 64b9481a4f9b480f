package dev.stride.application.port.in;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.shared.Page;
import dev.stride.domain.shared.PageRequest;

public interface ListActivitiesUseCase {

    /** Newest activity date first, then highest id first. */
    Page<Activity> list(long userId, ActivityFilter filter, PageRequest page);
}
