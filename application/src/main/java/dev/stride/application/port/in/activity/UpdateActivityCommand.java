package dev.stride.application.port.in.activity;

import dev.stride.domain.activity.ActivityDetails;

import java.util.Objects;

/** A full replacement. {@code expectedVersion} is null when the client did not ask for a concurrency check. */
public record UpdateActivityCommand(long userId, long activityId, ActivityDetails details, Integer expectedVersion) {

    public UpdateActivityCommand {
        Objects.requireNonNull(details, "details");
    }
}
