package dev.stride.application.port.in.activity;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.shared.NotFoundException;
import dev.stride.domain.shared.PreconditionFailedException;

public interface UpdateActivityUseCase {

    /**
     * Replaces the activity's details.
     *
     * @throws NotFoundException           when the user has no live activity with this id
     * @throws PreconditionFailedException when {@code command.expectedVersion()} is set and not current
     */
    Activity update(UpdateActivityCommand command);
}
