package dev.stride.application.activity;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.shared.Page;
import dev.stride.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

import static dev.stride.application.activity.ActivityWorld.NOW;
import static dev.stride.application.activity.ActivityWorld.TODAY;
import static dev.stride.application.activity.ActivityWorld.run;
import static dev.stride.application.activity.ActivityWorld.swim;
import static org.assertj.core.api.Assertions.assertThat;

class ListActivitiesServiceTest {

    private final ActivityWorld world = new ActivityWorld();
    private final ListActivitiesService service = new ListActivitiesService(world.activities, world.cache);
    private final long user = world.newUser();

    @Test
    void listsTheUsersLiveActivitiesNewestFirst() {
        Activity older = world.existing(user, run(TODAY.minusDays(1)));
        Activity newer = world.existing(user, swim(TODAY));
        Activity deleted = world.existing(user, run(TODAY));
        world.activities.softDelete(user, deleted.id(), NOW);
        world.existing(world.newUser(), run(TODAY));

        Page<Activity> page = service.list(user, ActivityFilter.NONE, new PageRequest(0, 10));

        assertThat(page.items()).containsExactly(newer, older);
        assertThat(page.totalItems()).isEqualTo(2);
    }

    @Test
    void appliesTheFilterAndThePage() {
        world.existing(user, swim(TODAY));
        world.existing(user, run(TODAY));
        Activity olderRun = world.existing(user, run(TODAY.minusDays(1)));

        Page<Activity> page = service.list(user, new ActivityFilter(ActivityType.RUNNING, null, null), new PageRequest(1, 1));

        assertThat(page.items()).containsExactly(olderRun);
        assertThat(page.totalItems()).isEqualTo(2);
    }
}
