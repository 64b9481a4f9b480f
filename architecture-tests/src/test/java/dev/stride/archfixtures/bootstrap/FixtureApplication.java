package dev.stride.archfixtures.bootstrap;

import dev.stride.archfixtures.adapters.persistence.JooqTransactions;
import dev.stride.archfixtures.adapters.persistence.JooqWorkoutRepository;
import dev.stride.archfixtures.adapters.redis.RedisWorkoutCache;
import dev.stride.archfixtures.adapters.web.WorkoutController;
import dev.stride.archfixtures.application.workout.LogWorkoutService;
import dev.stride.archfixtures.domain.port.WorkoutCache;

/** The only place that knows every module, as bootstrap does in production. */
public final class FixtureApplication {

    final Settings settings = new Settings("http://localhost");
    final WorkoutCache cache = new RedisWorkoutCache();
    final WorkoutController controller =
            new WorkoutController(new LogWorkoutService(new JooqWorkoutRepository(), new JooqTransactions()));
}
