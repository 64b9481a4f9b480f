package dev.stride.application.activity;

import dev.stride.application.event.DomainEvent.ActivityWritten;
import dev.stride.application.event.UnitOfWork;
import dev.stride.application.port.in.activity.UpdateActivityCommand;
import dev.stride.application.port.in.activity.UpdateActivityUseCase;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.shared.NotFoundException;
import dev.stride.domain.shared.PreconditionFailedException;

import java.time.Clock;

/**
 * Optimistic concurrency: the write is a conditional update on the version the caller saw (or,
 * without If-Match, the version just read), so two racing writers can never both win. That one
 * statement commits on its own; the subscribers hear of it after.
 */
public final class UpdateActivityService implements UpdateActivityUseCase {

    private final ActivityRepository activities;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public UpdateActivityService(ActivityRepository activities, UnitOfWork unitOfWork, Clock clock) {
        this.activities = activities;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Activity update(UpdateActivityCommand command) {
        ActivityDates.requireLoggable(command.details(), clock);
        Activity current = activities.findLive(command.userId(), command.activityId())
                .orElseThrow(() -> new NotFoundException("activity"));
        int expected = command.expectedVersion() == null ? current.version() : command.expectedVersion();
        if (expected != current.version()) {
            throw new PreconditionFailedException("the activity has changed since version " + expected);
        }
        Activity updated = activities.update(command.userId(), command.activityId(), command.details(), expected, clock.instant())
                .orElseThrow(() -> new PreconditionFailedException("the activity was changed concurrently"));
        unitOfWork.committed(new ActivityWritten(updated));
        return updated;
    }
}
