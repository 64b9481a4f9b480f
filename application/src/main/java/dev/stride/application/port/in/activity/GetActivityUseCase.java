package dev.stride.application.port.in.activity;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.shared.NotFoundException;

public interface GetActivityUseCase {

    /** @throws NotFoundException when the user has no live activity with this id */
    Activity get(long userId, long activityId);
}
