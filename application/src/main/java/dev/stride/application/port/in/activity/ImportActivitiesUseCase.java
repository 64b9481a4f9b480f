package dev.stride.application.port.in.activity;

import dev.stride.domain.activity.ActivityDetails;

import java.util.List;

public interface ImportActivitiesUseCase {

    /** Most rows one import takes. */
    int MAX_ROWS = 10_000;

    /**
     * Creates all of them, or none.
     *
     * @return how many were created
     * @throws dev.stride.domain.shared.InvalidRowsException listing every row that cannot be created
     * @throws dev.stride.domain.shared.QuotaExceededException when they would take the user past the quota
     */
    int importAll(long userId, List<ActivityDetails> rows);
}
