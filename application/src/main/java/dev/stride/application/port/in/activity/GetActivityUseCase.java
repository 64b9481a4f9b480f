package dev.stride.application.port.in.activity;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.shared.NotFoundException;

public interface GetActivityUseCase {

    /** @throws NotFoundException when the user has no live activity with this id */
    Activity get(long userId, long activityId);

    /**
     * The same, read in order to change it (its version checked, a patch applied to it): a cached copy is
     * used, but one read from the database is not cached, since the write retires it at once.
     *
     * @throws NotFoundException when the user has no live activity with this id
     */
    Activity current(long userId, long activityId);
}
