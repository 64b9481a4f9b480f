package dev.stride.application.testing;

import dev.stride.domain.port.ExclusiveRunner;

class InMemoryExclusiveRunnerTest extends ExclusiveRunnerContract {

    private final InMemoryExclusiveRunner runner = new InMemoryExclusiveRunner();

    @Override
    protected ExclusiveRunner runner() {
        return runner;
    }

    @Override
    protected ExclusiveRunner anotherInstance() {
        return runner;
    }
}
