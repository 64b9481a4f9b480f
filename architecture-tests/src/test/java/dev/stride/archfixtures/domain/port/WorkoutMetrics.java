package dev.stride.archfixtures.domain.port;

public interface WorkoutMetrics {

    void logged();
}
