package dev.stride.archfixtures.bootstrap;

import dev.stride.archfixtures.adapters.crypto.ReversedPasswordHasher;
import dev.stride.archfixtures.adapters.metrics.CountingWorkoutMetrics;
import dev.stride.archfixtures.adapters.persistence.JooqTransactions;
import dev.stride.archfixtures.adapters.persistence.JooqWorkoutRepository;
import dev.stride.archfixtures.adapters.redis.RedisWorkoutCache;
import dev.stride.archfixtures.adapters.web.WorkoutController;
import dev.stride.archfixtures.application.workout.LogWorkoutService;
import dev.stride.archfixtures.domain.port.PasswordHasher;
import dev.stride.archfixtures.domain.port.WorkoutCache;
import dev.stride.archfixtures.domain.port.WorkoutMetrics;

/** The only place that knows every module, as bootstrap does in production. */
public final class FixtureApplication {

    final Settings settings = new Settings("http://localhost");
    final WorkoutCache cache = new RedisWorkoutCache();
    final PasswordHasher hasher = new ReversedPasswordHasher();
    final WorkoutMetrics metrics = new CountingWorkoutMetrics();
    final WorkoutController controller =
            new WorkoutController(new LogWorkoutService(new JooqWorkoutRepository(), new JooqTransactions()));
}
