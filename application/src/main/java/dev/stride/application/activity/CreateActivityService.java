package dev.stride.application.activity;

import dev.stride.application.cache.ActivityCache;
import dev.stride.application.port.in.activity.CreateActivityUseCase;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.port.Transactions;

import java.time.Clock;

/** The insert and the quota check commit together, or neither does. */
public final class CreateActivityService implements CreateActivityUseCase {

    private final ActivityRepository activities;
    private final ActivityQuota quota;
    private final Transactions transactions;
    private final Clock clock;
    private final ActivityCache cache;

    public CreateActivityService(ActivityRepository activities, ActivityQuota quota, Transactions transactions,
                                 Clock clock, ActivityCache cache) {
        this.activities = activities;
        this.quota = quota;
        this.transactions = transactions;
        this.clock = clock;
        this.cache = cache;
    }

    @Override
    public Activity create(long userId, ActivityDetails details) {
        ActivityDates.requireLoggable(details, clock);
        Activity created = transactions.inTransaction(() -> {
            Activity activity = activities.insert(userId, details, clock.instant());
            quota.requireWithinQuota(userId);
            return activity;
        });
        cache.activityChanged(userId, created.id(), () -> activities.findLive(userId, created.id()));
        return created;
    }
}
