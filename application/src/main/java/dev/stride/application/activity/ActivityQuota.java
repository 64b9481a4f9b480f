package dev.stride.application.activity;

import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.shared.QuotaExceededException;

/**
 * At most so many live activities per user ({@code stride.quota.activities-per-user}). Checked
 * after a write that adds live activities and inside its transaction, under the user's quota lock:
 * of two concurrent writers at the edge, the second counts the first's committed rows and rolls
 * back, so no interleaving goes past the quota.
 */
public final class ActivityQuota {

    public static final String NAME = "activities-per-user";

    private final ActivityRepository activities;
    private final long perUser;

    public ActivityQuota(ActivityRepository activities, long perUser) {
        if (perUser < 1) {
            throw new IllegalArgumentException("the activity quota must be at least 1");
        }
        this.activities = activities;
        this.perUser = perUser;
    }

    /** @throws QuotaExceededException when the user now has more live activities than allowed (roll back) */
    void requireWithinQuota(long userId) {
        long live = activities.countLiveHoldingQuotaLock(userId);
        if (live > perUser) {
            throw new QuotaExceededException(NAME, perUser,
                    "at most " + perUser + " live activities per user (quota " + NAME + "); delete some first");
        }
    }
}
