package dev.stride.application.activity;

import dev.stride.application.cache.ActivityCache;
import dev.stride.application.testing.InMemoryCache;
import dev.stride.application.testing.TestCaches;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivitySort;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.activity.SortKey;
import dev.stride.domain.shared.Page;
import dev.stride.domain.shared.PageRequest;
import dev.stride.domain.shared.Slice;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static dev.stride.application.activity.ActivityWorld.NOW;
import static dev.stride.application.activity.ActivityWorld.TODAY;
import static dev.stride.application.activity.ActivityWorld.run;
import static dev.stride.application.activity.ActivityWorld.swim;
import static org.assertj.core.api.Assertions.assertThat;

class ListActivitiesServiceTest {

    private final ActivityWorld world = new ActivityWorld();
    private final ListActivitiesService service = new ListActivitiesService(world.activities, world.cache.cache());
    private final long user = world.newUser();

    @Test
    void listsTheUsersLiveActivitiesNewestFirst() {
        Activity older = world.existing(user, run(TODAY.minusDays(1)));
        Activity newer = world.existing(user, swim(TODAY));
        Activity deleted = world.existing(user, run(TODAY));
        world.activities.softDelete(user, deleted.id(), NOW);
        world.existing(world.newUser(), run(TODAY));

        Page<Activity> page = service.list(user, ActivityFilter.NONE, ActivitySort.DEFAULT, new PageRequest(0, 10));

        assertThat(page.items()).containsExactly(newer, older);
        assertThat(page.totalItems()).isEqualTo(2);
    }

    @Test
    void appliesTheFilterAndThePage() {
        world.existing(user, swim(TODAY));
        world.existing(user, run(TODAY));
        Activity olderRun = world.existing(user, run(TODAY.minusDays(1)));

        Page<Activity> page = service.list(user, new ActivityFilter(ActivityType.RUNNING, null, null),
                ActivitySort.DEFAULT, new PageRequest(1, 1));

        assertThat(page.items()).containsExactly(olderRun);
        assertThat(page.totalItems()).isEqualTo(2);
    }

    @Test
    void aMissingDistanceComesFirstGoingUpAndLastGoingDownTheIdBreakingTies() {
        Activity none = world.existing(user, withDistance(null));
        Activity zero = world.existing(user, withDistance("0"));
        Activity tenA = world.existing(user, withDistance("10.5"));
        Activity tenB = world.existing(user, withDistance("10.500"));

        assertThat(service.list(user, ActivityFilter.NONE, ActivitySort.parse("distanceKm"), new PageRequest(0, 10)).items())
                .containsExactly(none, zero, tenA, tenB);
        assertThat(service.list(user, ActivityFilter.NONE, ActivitySort.parse("-distanceKm"), new PageRequest(0, 10)).items())
                .containsExactly(tenB, tenA, zero, none);
    }

    @Test
    void keysetPagesFollowEachOtherWithoutGapsOrRepeats() {
        for (int minutes = 1; minutes <= 5; minutes++) {
            world.existing(user, new ActivityDetails(ActivityType.RUNNING, null, null, minutes % 3 + 1, null, null, null, TODAY));
        }
        ActivitySort sort = ActivitySort.parse("durationMinutes");
        Page<Activity> all = service.list(user, ActivityFilter.NONE, sort, new PageRequest(0, 10));

        Page<Activity> first = service.list(user, ActivityFilter.NONE, sort, new PageRequest(0, 2));
        Slice<Activity> second = service.listAfter(user, ActivityFilter.NONE, sort,
                SortKey.DURATION_MINUTES.positionOf(first.items().getLast()), new PageRequest(0, 2));
        Slice<Activity> third = service.listAfter(user, ActivityFilter.NONE, sort,
                SortKey.DURATION_MINUTES.positionOf(second.items().getLast()), new PageRequest(0, 2));

        assertThat(second.hasMore()).isTrue();
        assertThat(third.hasMore()).isFalse();
        assertThat(concat(first.items(), second.items(), third.items())).isEqualTo(all.items());
    }

    @Test
    void onlyTheDefaultOrderIsCached() {
        InMemoryCache store = new InMemoryCache();
        ActivityCache cache = TestCaches.activityCache(store);
        ListActivitiesService cached = new ListActivitiesService(world.activities, cache);
        world.existing(user, run(TODAY));

        cached.list(user, ActivityFilter.NONE, ActivitySort.parse("createdAt"), new PageRequest(0, 10));
        assertThat(store.size()).isZero();

        cached.list(user, ActivityFilter.NONE, ActivitySort.DEFAULT, new PageRequest(0, 10));
        assertThat(store.size()).isEqualTo(1);
    }

    @SafeVarargs
    private static List<Activity> concat(List<Activity>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toList();
    }

    private static ActivityDetails withDistance(String km) {
        return new ActivityDetails(ActivityType.RUNNING, null, null, 30, km == null ? null : new BigDecimal(km), null,
                null, TODAY);
    }
}
