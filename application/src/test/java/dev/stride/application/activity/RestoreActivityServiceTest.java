package dev.stride.application.activity;

import dev.stride.application.event.DomainEvent.ActivityWritten;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.shared.NotFoundException;
import dev.stride.domain.shared.QuotaExceededException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.stride.application.activity.ActivityWorld.NOW;
import static dev.stride.application.activity.ActivityWorld.TODAY;
import static dev.stride.application.activity.ActivityWorld.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RestoreActivityServiceTest {

    private final ActivityWorld world = new ActivityWorld();
    private final RestoreActivityService service = new RestoreActivityService(world.activities, world.quota, world.audit,
            world.unitOfWork, world.clock);
    private final long user = world.newUser();
    private final Activity activity = world.existing(user, run(TODAY));

    @Test
    void bringsADeletedActivityBack() {
        world.activities.softDelete(user, activity.id(), NOW);
        world.clock.advance(Duration.ofHours(1));

        Activity restored = service.restore(user, activity.id());

        assertThat(restored.deletedAt()).isNull();
        assertThat(restored.updatedAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(world.activities.findLive(user, activity.id())).contains(restored);
        assertThat(world.audit.entries()).containsExactly(new AuditEntry(user, AuditAction.RESTORE, AuditEntry.ACTIVITY,
                activity.id(), user, NOW.plus(Duration.ofHours(1))));
    }

    @Test
    void theCacheHearsOfTheRestoredActivityAfterTheCommitAndHoldsItAtOnce() {
        world.activities.softDelete(user, activity.id(), NOW);
        world.cache.prime(user);

        Activity restored = service.restore(user, activity.id());

        world.publishedAfterCommit(user, new ActivityWritten(restored));
        assertThat(world.cache.cached(user, activity.id())).as("written through").contains(restored);
    }

    @Test
    void aLiveActivityIsNotInTheTrash() {
        world.cache.prime(user);

        assertThatThrownBy(() -> service.restore(user, activity.id())).isInstanceOf(NotFoundException.class);

        assertThat(world.audit.entries()).isEmpty();
        world.publishedNothing(user);
    }

    @Test
    void anotherUsersDeletedActivityIsNotFoundAndStaysDeleted() {
        world.activities.softDelete(user, activity.id(), NOW);
        long stranger = world.newUser();

        assertThatThrownBy(() -> service.restore(stranger, activity.id())).isInstanceOf(NotFoundException.class);
        assertThat(world.activities.findLive(user, activity.id())).isEmpty();
    }

    @Test
    void aRestorePastTheQuotaIsRefusedBeforeItIsAudited() {
        world.activities.softDelete(user, activity.id(), NOW);
        for (int i = 0; i < ActivityWorld.QUOTA; i++) {
            world.existing(user, run(TODAY));
        }

        world.cache.prime(user);

        assertThatThrownBy(() -> service.restore(user, activity.id())).isInstanceOf(QuotaExceededException.class);
        assertThat(world.audit.entries()).isEmpty();
        world.publishedNothing(user);
    }
}
