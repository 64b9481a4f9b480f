package dev.stride.archfixtures.domain.workout;

import dev.stride.archfixtures.adapters.web.WorkoutController;

public final class BadKnowsTheController {

    public String render(WorkoutController controller) {
        return controller.log("run");
    }
}
