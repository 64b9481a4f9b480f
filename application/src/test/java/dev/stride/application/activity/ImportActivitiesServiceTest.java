package dev.stride.application.activity;

import dev.stride.application.event.DomainEvent.ActivitiesChanged;
import dev.stride.application.port.in.activity.ImportActivitiesUseCase;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.shared.InvalidRowsException;
import dev.stride.domain.shared.QuotaExceededException;
import dev.stride.domain.shared.RowViolation;
import dev.stride.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static dev.stride.application.activity.ActivityWorld.NOW;
import static dev.stride.application.activity.ActivityWorld.TODAY;
import static dev.stride.application.activity.ActivityWorld.run;
import static dev.stride.application.activity.ActivityWorld.swim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ImportActivitiesServiceTest {

    private final ActivityWorld world = new ActivityWorld();
    private final ImportActivitiesService service = new ImportActivitiesService(world.activities, world.quota,
            world.unitOfWork, world.clock);
    private final long user = world.newUser();

    @Test
    void createsEveryRowInOneTransaction() {
        int created = service.importAll(user, List.of(run(TODAY), swim(TODAY.minusDays(3))));

        assertThat(created).isEqualTo(2);
        assertThat(world.activities.all()).extracting(Activity::details).containsExactly(run(TODAY), swim(TODAY.minusDays(3)));
        assertThat(world.activities.all()).extracting(Activity::createdAt).containsOnly(NOW);
        assertThat(world.transactions.committed()).isEqualTo(1);
    }

    @Test
    void theCacheHearsOnceOfTheWholeImportAfterTheCommit() {
        world.cache.prime(user);

        service.importAll(user, List.of(run(TODAY), swim(TODAY.minusDays(3))));

        world.publishedAfterCommit(user, new ActivitiesChanged(user));
    }

    @Test
    void anImportPastTheQuotaRollsBackAndPublishesNothing() {
        world.cache.prime(user);

        assertThatThrownBy(() -> service.importAll(user, Collections.nCopies(ActivityWorld.QUOTA + 1, run(TODAY))))
                .isInstanceOf(QuotaExceededException.class);

        world.publishedNothing(user);
    }

    @Test
    void aRowDatedAfterTomorrowIsReportedByItsIndexAndNothingIsCreated() {
        InvalidRowsException rejected = catchThrowableOfType(InvalidRowsException.class,
                () -> service.importAll(user, List.of(run(TODAY), run(TODAY.plusDays(2)), swim(TODAY.plusDays(5)))));

        assertThat(rejected.violations()).extracting(RowViolation::row, RowViolation::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "activityDate"),
                        org.assertj.core.groups.Tuple.tuple(2, "activityDate"));
        assertThat(world.activities.all()).isEmpty();
    }

    @Test
    void moreRowsThanTheQuotaAllowsAreRefused() {
        world.existing(user, run(TODAY));

        assertThatThrownBy(() -> service.importAll(user, Collections.nCopies(ActivityWorld.QUOTA, run(TODAY))))
                .isInstanceOf(QuotaExceededException.class);
    }

    @Test
    void moreThanTheMostRowsOfOneImportAreRefusedUpFront() {
        List<ActivityDetails> tooMany = Collections.nCopies(ImportActivitiesUseCase.MAX_ROWS + 1, run(TODAY));

        assertThatThrownBy(() -> service.importAll(user, tooMany)).isInstanceOf(ValidationException.class);
        assertThat(world.activities.all()).isEmpty();
    }
}
