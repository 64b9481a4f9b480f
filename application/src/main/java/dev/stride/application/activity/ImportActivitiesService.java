package dev.stride.application.activity;

import dev.stride.application.event.DomainEvent.ActivitiesChanged;
import dev.stride.application.event.UnitOfWork;
import dev.stride.application.port.in.activity.ImportActivitiesUseCase;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.shared.InvalidRowsException;
import dev.stride.domain.shared.RowViolation;
import dev.stride.domain.shared.ValidationException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Every row checked first; then one transaction inserts them all and checks the quota; the cache hears of it once. */
public final class ImportActivitiesService implements ImportActivitiesUseCase {

    private final ActivityRepository activities;
    private final ActivityQuota quota;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ImportActivitiesService(ActivityRepository activities, ActivityQuota quota, UnitOfWork unitOfWork, Clock clock) {
        this.activities = activities;
        this.quota = quota;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public int importAll(long userId, List<ActivityDetails> rows) {
        if (rows.size() > MAX_ROWS) {
            throw ValidationException.of("rows", "at most " + MAX_ROWS + " per import");
        }
        requireLoggable(rows);
        if (rows.isEmpty()) {
            return 0;
        }
        unitOfWork.inTransaction(events -> {
            activities.insertAll(userId, rows, clock.instant());
            quota.requireWithinQuota(userId);
            events.record(new ActivitiesChanged(userId));
            return null;
        });
        return rows.size();
    }

    private void requireLoggable(List<ActivityDetails> rows) {
        List<RowViolation> violations = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            try {
                ActivityDates.requireLoggable(rows.get(row), clock);
            } catch (ValidationException e) {
                for (var violation : e.violations()) {
                    violations.add(new RowViolation(row, violation.field(), violation.message()));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRowsException(violations);
        }
    }
}
