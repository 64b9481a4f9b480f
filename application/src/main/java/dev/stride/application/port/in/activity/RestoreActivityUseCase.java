package dev.stride.application.port.in.activity;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.shared.NotFoundException;

public interface RestoreActivityUseCase {

    /** @throws NotFoundException when the user has no deleted activity with this id */
    Activity restore(long userId, long activityId);
}
