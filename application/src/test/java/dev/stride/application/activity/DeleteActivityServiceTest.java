package dev.stride.application.activity;

import dev.stride.application.event.DomainEvent.ActivitiesChanged;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.shared.NotFoundException;
import dev.stride.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

import static dev.stride.application.activity.ActivityWorld.NOW;
import static dev.stride.application.activity.ActivityWorld.TODAY;
import static dev.stride.application.activity.ActivityWorld.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeleteActivityServiceTest {

    private final ActivityWorld world = new ActivityWorld();
    private final DeleteActivityService service = new DeleteActivityService(world.activities, world.audit,
            world.unitOfWork, world.clock);
    private final long user = world.newUser();
    private final Activity activity = world.existing(user, run(TODAY));

    @Test
    void movesTheActivityToTheTrashAtTheClocksTime() {
        service.delete(user, activity.id());

        assertThat(world.activities.findLive(user, activity.id())).isEmpty();
        assertThat(world.activities.findDeleted(user, new PageRequest(0, 10)).items())
                .singleElement()
                .satisfies(trashed -> assertThat(trashed.deletedAt()).isEqualTo(NOW));
    }

    @Test
    void theDeleteIsAuditedInTheSameTransaction() {
        service.delete(user, activity.id());

        assertThat(world.audit.entries()).containsExactly(
                new AuditEntry(user, AuditAction.SOFT_DELETE, AuditEntry.ACTIVITY, activity.id(), user, NOW));
        assertThat(world.transactions.committed()).isOne();
    }

    @Test
    void theCacheHearsOfTheDeleteAfterTheCommit() {
        world.cache.prime(user);

        service.delete(user, activity.id());

        world.publishedAfterCommit(user, new ActivitiesChanged(user));
    }

    @Test
    void aDeleteThatFindsNothingPublishesNothing() {
        world.cache.prime(user);

        assertThatThrownBy(() -> service.delete(user, activity.id() + 1)).isInstanceOf(NotFoundException.class);

        world.publishedNothing(user);
    }

    @Test
    void aSecondDeleteIsNotFoundAndNotAudited() {
        service.delete(user, activity.id());

        assertThatThrownBy(() -> service.delete(user, activity.id())).isInstanceOf(NotFoundException.class);
        assertThat(world.audit.entries()).hasSize(1);
    }

    @Test
    void anotherUsersActivityIsNotFoundAndStays() {
        long stranger = world.newUser();

        assertThatThrownBy(() -> service.delete(stranger, activity.id())).isInstanceOf(NotFoundException.class);
        assertThat(world.activities.findLive(user, activity.id())).contains(activity);
    }
}
