package dev.stride.application.port.in.admin;

import dev.stride.domain.shared.NotFoundException;

/** Admin only. */
public interface PermanentlyDeleteActivityUseCase {

    /**
     * Removes the activity for good, deleted or not; audited with the admin's address ({@code sourceIp}).
     *
     * @throws NotFoundException when there is no such activity
     */
    void deletePermanently(long adminId, long activityId, String sourceIp);
}
