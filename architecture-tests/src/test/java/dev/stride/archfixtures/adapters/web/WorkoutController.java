package dev.stride.archfixtures.adapters.web;

import dev.stride.archfixtures.application.port.in.workout.LogWorkoutCommand;
import dev.stride.archfixtures.application.port.in.workout.LogWorkoutUseCase;
import dev.stride.archfixtures.domain.shared.DomainProblem;
import dev.stride.archfixtures.domain.workout.Workout;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class WorkoutController {

    private final LogWorkoutUseCase logWorkout;

    public WorkoutController(LogWorkoutUseCase logWorkout) {
        this.logWorkout = logWorkout;
    }

    @PostMapping("/workouts")
    public String log(String name) {
        try {
            Workout workout = logWorkout.log(new LogWorkoutCommand(name));
            return workout.name();
        } catch (DomainProblem problem) {
            return problem.getMessage();
        }
    }
}
