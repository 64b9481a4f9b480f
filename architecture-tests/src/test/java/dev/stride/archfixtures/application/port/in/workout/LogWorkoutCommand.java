package dev.stride.archfixtures.application.port.in.workout;

public record LogWorkoutCommand(String name) {
}
