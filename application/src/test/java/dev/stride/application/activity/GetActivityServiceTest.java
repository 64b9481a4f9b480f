package dev.stride.application.activity;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.shared.NotFoundException;
import org.junit.jupiter.api.Test;

import static dev.stride.application.activity.ActivityWorld.NOW;
import static dev.stride.application.activity.ActivityWorld.TODAY;
import static dev.stride.application.activity.ActivityWorld.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GetActivityServiceTest {

    private final ActivityWorld world = new ActivityWorld();
    private final GetActivityService service = new GetActivityService(world.activities, world.cache.cache());
    private final long user = world.newUser();
    private final Activity activity = world.existing(user, run(TODAY));

    @Test
    void returnsTheUsersActivity() {
        assertThat(service.get(user, activity.id())).isEqualTo(activity);
    }

    @Test
    void anotherUsersActivityIsNotFound() {
        long stranger = world.newUser();

        assertThatThrownBy(() -> service.get(stranger, activity.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDeletedActivityIsNotFound() {
        world.activities.softDelete(user, activity.id(), NOW);

        assertThatThrownBy(() -> service.get(user, activity.id())).isInstanceOf(NotFoundException.class);
    }
}
