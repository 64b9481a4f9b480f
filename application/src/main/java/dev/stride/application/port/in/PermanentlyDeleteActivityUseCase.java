package dev.stride.application.port.in;

import dev.stride.domain.shared.NotFoundException;

/** Admin only. */
public interface PermanentlyDeleteActivityUseCase {

    /** Removes the activity for good, deleted or not. @throws NotFoundException when there is no such activity */
    void deletePermanently(long adminId, long activityId);
}
