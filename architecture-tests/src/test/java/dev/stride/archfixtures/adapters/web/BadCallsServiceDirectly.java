package dev.stride.archfixtures.adapters.web;

import dev.stride.archfixtures.application.port.in.workout.LogWorkoutCommand;
import dev.stride.archfixtures.application.workout.LogWorkoutService;

public final class BadCallsServiceDirectly {

    public String log(LogWorkoutService service, String name) {
        return service.log(new LogWorkoutCommand(name)).name();
    }
}
