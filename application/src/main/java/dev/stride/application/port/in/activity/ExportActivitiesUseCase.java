package dev.stride.application.port.in.activity;

import dev.stride.domain.activity.Activity;

import java.util.function.Consumer;

public interface ExportActivitiesUseCase {

    /** Hands every live activity of the user to {@code sink}, oldest first, one at a time as they are read. */
    void export(long userId, Consumer<Activity> sink);
}
