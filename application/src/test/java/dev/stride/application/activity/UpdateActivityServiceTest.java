package dev.stride.application.activity;

import dev.stride.application.event.DomainEvent.ActivityWritten;
import dev.stride.application.port.in.activity.UpdateActivityCommand;
import dev.stride.application.testing.InMemoryActivityRepository;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.shared.NotFoundException;
import dev.stride.domain.shared.PreconditionFailedException;
import dev.stride.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static dev.stride.application.activity.ActivityWorld.NOW;
import static dev.stride.application.activity.ActivityWorld.TODAY;
import static dev.stride.application.activity.ActivityWorld.run;
import static dev.stride.application.activity.ActivityWorld.swim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpdateActivityServiceTest {

    private final ActivityWorld world = new ActivityWorld();
    private final UpdateActivityService service = new UpdateActivityService(world.activities, world.unitOfWork, world.clock);
    private final long user = world.newUser();
    private final Activity original = world.existing(user, run(TODAY));

    @Test
    void replacesTheDetailsAndMovesVersionAndUpdatedAt() {
        world.clock.advance(Duration.ofMinutes(5));

        Activity updated = service.update(new UpdateActivityCommand(user, original.id(), swim(TODAY), null));

        assertThat(updated.details()).isEqualTo(swim(TODAY));
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.updatedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(updated.createdAt()).isEqualTo(NOW);
        assertThat(world.activities.findLive(user, original.id())).contains(updated);
    }

    @Test
    void theCacheHearsOfTheUpdateOnceItCommittedAndHoldsTheNewVersion() {
        world.cache.prime(user);

        Activity updated = service.update(new UpdateActivityCommand(user, original.id(), swim(TODAY), null));

        world.publishedAfterCommit(user, new ActivityWritten(updated));
        assertThat(world.cache.cached(user, original.id())).as("written through").contains(updated);
    }

    @Test
    void acceptsTheCurrentVersion() {
        Activity updated = service.update(new UpdateActivityCommand(user, original.id(), swim(TODAY), 1));

        assertThat(updated.version()).isEqualTo(2);
    }

    @Test
    void aStaleVersionFailsThePreconditionAndChangesNothing() {
        Activity updated = service.update(new UpdateActivityCommand(user, original.id(), swim(TODAY), 1));
        world.cache.prime(user);

        assertThatThrownBy(() -> service.update(new UpdateActivityCommand(user, original.id(), run(TODAY.minusDays(1)), 1)))
                .isInstanceOf(PreconditionFailedException.class);

        assertThat(world.events.heard()).as("only the first update").containsExactly(new ActivityWritten(updated));
        assertThat(world.cache.retired(user)).isFalse();

        assertThat(world.activities.findLive(user, original.id()))
                .hasValueSatisfying(a -> assertThat(a.details()).isEqualTo(swim(TODAY)));
    }

    @Test
    void aWriterThatSlipsInBetweenReadAndWriteWins() {
        ActivityWorld racing = new ActivityWorld(new ConcurrentWriter());
        UpdateActivityService racedService = new UpdateActivityService(racing.activities, racing.unitOfWork, racing.clock);
        long owner = racing.newUser();
        Activity activity = racing.existing(owner, run(TODAY));

        assertThatThrownBy(() -> racedService.update(new UpdateActivityCommand(owner, activity.id(), swim(TODAY), null)))
                .isInstanceOf(PreconditionFailedException.class);

        assertThat(racing.activities.findLive(owner, activity.id()))
                .hasValueSatisfying(a -> assertThat(a.details()).isEqualTo(ConcurrentWriter.THEIRS));
    }

    @Test
    void anotherUsersActivityIsNotFoundWhateverTheVersion() {
        long stranger = world.newUser();

        assertThatThrownBy(() -> service.update(new UpdateActivityCommand(stranger, original.id(), swim(TODAY), 7)))
                .isInstanceOf(NotFoundException.class);
        assertThat(world.activities.findLive(user, original.id())).contains(original);
    }

    @Test
    void aDeletedActivityIsNotFound() {
        world.activities.softDelete(user, original.id(), NOW);

        assertThatThrownBy(() -> service.update(new UpdateActivityCommand(user, original.id(), swim(TODAY), null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void rejectsADateAfterTomorrowAndChangesNothing() {
        assertThatThrownBy(() -> service.update(new UpdateActivityCommand(user, original.id(), run(TODAY.plusDays(2)), 1)))
                .isInstanceOf(ValidationException.class);

        assertThat(world.activities.findLive(user, original.id())).contains(original);
    }

    /** Another request updates the activity right after this one has read it. */
    private static final class ConcurrentWriter extends InMemoryActivityRepository {

        static final ActivityDetails THEIRS = run(TODAY.minusDays(3));

        @Override
        public Optional<Activity> update(long userId, long activityId, ActivityDetails details, int expectedVersion,
                                         Instant now) {
            super.update(userId, activityId, THEIRS, expectedVersion, now);
            return super.update(userId, activityId, details, expectedVersion, now);
        }
    }
}
