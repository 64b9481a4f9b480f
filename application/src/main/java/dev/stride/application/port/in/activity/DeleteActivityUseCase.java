package dev.stride.application.port.in.activity;

import dev.stride.domain.shared.NotFoundException;

public interface DeleteActivityUseCase {

    /** Soft delete: the activity moves to the trash. @throws NotFoundException when there is no live activity to delete */
    void delete(long userId, long activityId);
}
