package dev.stride.domain.port;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.PurgedActivity;
import dev.stride.domain.shared.Page;
import dev.stride.domain.shared.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where activities live. Every read except {@link #findDeleted} sees live rows only (not
 * soft-deleted, and owned by a live user); every method a user's request reaches is scoped to one
 * owner, so another user's activity is indistinguishable from a missing one. The admin and
 * retention methods at the end are not scoped to an owner.
 */
public interface ActivityRepository {

    Activity insert(long userId, ActivityDetails details, Instant now);

    Optional<Activity> findLive(long userId, long activityId);

    /** Newest {@code activityDate} first, then highest id first. */
    Page<Activity> findLive(long userId, ActivityFilter filter, PageRequest page);

    /**
     * Replaces the details of a live activity if its version is still {@code expectedVersion};
     * the stored version then grows by one. Empty when no such live activity has that version.
     */
    Optional<Activity> update(long userId, long activityId, ActivityDetails details, int expectedVersion, Instant now);

    /** Moves a live activity to the trash; false when there is no live activity to delete. */
    boolean softDelete(long userId, long activityId, Instant now);

    /** Takes an activity out of the trash; empty when the user has no deleted activity with that id. */
    Optional<Activity> restore(long userId, long activityId, Instant now);

    /** The trash: soft-deleted activities, most recently deleted first. */
    Page<Activity> findDeleted(long userId, PageRequest page);

    /** Removes an activity for good, deleted or not, whoever owns it: the owner's id; empty when there is no such activity. */
    Optional<Long> deletePermanently(long activityId);

    /**
     * Removes for good at most {@code limit} activities that were soft-deleted before {@code cutoff}
     * or whose owner was, oldest deletion first. Rows that a concurrent purge holds are skipped, so
     * two purges never remove (and report) one row twice.
     */
    List<PurgedActivity> purgeDeletedBefore(Instant cutoff, int limit);
}
