package dev.stride.application.activity;

import dev.stride.application.event.DomainEvent.ActivityWritten;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.shared.FieldViolation;
import dev.stride.domain.shared.QuotaExceededException;
import dev.stride.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static dev.stride.application.activity.ActivityWorld.NOW;
import static dev.stride.application.activity.ActivityWorld.TODAY;
import static dev.stride.application.activity.ActivityWorld.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CreateActivityServiceTest {

    private final ActivityWorld world = new ActivityWorld();
    private final CreateActivityService service = new CreateActivityService(world.activities, world.quota, world.unitOfWork,
            world.clock);
    private final long user = world.newUser();

    @Test
    void storesTheActivityAtVersionOneStampedWithTheClock() {
        Activity created = service.create(user, run(TODAY));

        assertThat(created.userId()).isEqualTo(user);
        assertThat(created.details()).isEqualTo(run(TODAY));
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.createdAt()).isEqualTo(NOW);
        assertThat(created.updatedAt()).isEqualTo(NOW);
        assertThat(world.activities.findLive(user, created.id())).contains(created);
    }

    @Test
    void theCacheHearsOfTheNewActivityAfterTheCommitAndHoldsItAtOnce() {
        world.cache.prime(user);

        Activity created = service.create(user, run(TODAY));

        world.publishedAfterCommit(user, new ActivityWritten(created));
        assertThat(world.cache.cached(user, created.id())).as("written through").contains(created);
    }

    @Test
    void aCreatePastTheQuotaRollsBackAndPublishesNothing() {
        for (int i = 0; i < ActivityWorld.QUOTA; i++) {
            world.existing(user, run(TODAY));
        }
        world.cache.prime(user);

        catchThrowableOfType(QuotaExceededException.class, () -> service.create(user, run(TODAY)));

        world.publishedNothing(user);
    }

    @Test
    void acceptsTomorrowInUtcForUsersAheadOfUtc() {
        world.clock.set(Instant.parse("2026-11-20T23:59:59Z"));

        assertThat(service.create(user, run(TODAY.plusDays(1))).details().activityDate()).isEqualTo(TODAY.plusDays(1));
    }

    @Test
    void rejectsADateAfterTomorrowAndStoresNothing() {
        ValidationException rejected = catchThrowableOfType(ValidationException.class,
                () -> service.create(user, run(TODAY.plusDays(2))));

        assertThat(rejected.violations()).extracting(FieldViolation::field).containsExactly("activityDate");
        assertThat(world.activities.all()).isEmpty();
    }

    @Test
    void theQuotaIsReachableButNotPassable() {
        for (int i = 0; i < ActivityWorld.QUOTA; i++) {
            service.create(user, run(TODAY));
        }

        QuotaExceededException refused = catchThrowableOfType(QuotaExceededException.class,
                () -> service.create(user, run(TODAY)));

        assertThat(refused.quota()).isEqualTo(ActivityQuota.NAME);
        assertThat(refused.getMessage()).contains(ActivityQuota.NAME, String.valueOf(ActivityWorld.QUOTA));
    }

    @Test
    void deletedActivitiesLeaveRoomInTheQuota() {
        for (int i = 0; i < ActivityWorld.QUOTA; i++) {
            service.create(user, run(TODAY));
        }
        world.activities.softDelete(user, world.activities.all().getFirst().id(), NOW);

        assertThat(service.create(user, run(TODAY)).userId()).isEqualTo(user);
    }

    @Test
    void tomorrowMovesWithTheClock() {
        world.clock.advance(Duration.ofDays(1));

        assertThat(service.create(user, run(TODAY.plusDays(2))).details().activityDate()).isEqualTo(TODAY.plusDays(2));
    }
}
