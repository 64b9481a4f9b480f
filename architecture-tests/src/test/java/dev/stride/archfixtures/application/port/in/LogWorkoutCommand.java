package dev.stride.archfixtures.application.port.in;

public record LogWorkoutCommand(String name) {
}
