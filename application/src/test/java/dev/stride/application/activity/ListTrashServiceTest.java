package dev.stride.application.activity;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.shared.Page;
import dev.stride.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

import static dev.stride.application.activity.ActivityWorld.NOW;
import static dev.stride.application.activity.ActivityWorld.TODAY;
import static dev.stride.application.activity.ActivityWorld.run;
import static org.assertj.core.api.Assertions.assertThat;

class ListTrashServiceTest {

    private final ActivityWorld world = new ActivityWorld();
    private final ListTrashService service = new ListTrashService(world.activities);
    private final long user = world.newUser();

    @Test
    void listsTheUsersDeletedActivitiesMostRecentlyDeletedFirst() {
        Activity deletedFirst = world.existing(user, run(TODAY));
        Activity deletedLast = world.existing(user, run(TODAY.minusDays(1)));
        world.existing(user, run(TODAY));
        long stranger = world.newUser();
        Activity strangers = world.existing(stranger, run(TODAY));
        world.activities.softDelete(user, deletedFirst.id(), NOW);
        world.activities.softDelete(user, deletedLast.id(), NOW.plusSeconds(1));
        world.activities.softDelete(stranger, strangers.id(), NOW.plusSeconds(2));

        Page<Activity> trash = service.listTrash(user, new PageRequest(0, 10));

        assertThat(trash.items()).extracting(Activity::id).containsExactly(deletedLast.id(), deletedFirst.id());
        assertThat(trash.totalItems()).isEqualTo(2);
    }
}
