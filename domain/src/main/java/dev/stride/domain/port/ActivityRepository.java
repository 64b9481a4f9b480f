package dev.stride.domain.port;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivityPosition;
import dev.stride.domain.activity.ActivitySort;
import dev.stride.domain.activity.PurgedActivity;
import dev.stride.domain.shared.Page;
import dev.stride.domain.shared.PageRequest;
import dev.stride.domain.shared.Slice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

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
    default Page<Activity> findLive(long userId, ActivityFilter filter, PageRequest page) {
        return findLive(userId, filter, ActivitySort.DEFAULT, page);
    }

    /** One page of the live activities that match the filter, in the sort's order. */
    Page<Activity> findLive(long userId, ActivityFilter filter, ActivitySort sort, PageRequest page);

    /**
     * At most {@code size} live activities that match the filter and come after {@code after} in the
     * sort's order (a keyset page: it costs the same however deep it is).
     */
    Slice<Activity> findLiveAfter(long userId, ActivityFilter filter, ActivitySort sort, ActivityPosition after, int size);

    /**
     * Every live activity of the user, oldest id first, handed to {@code sink} one at a time as it
     * is read (never all in memory). Run it inside a transaction: the rows are read through a
     * database cursor.
     */
    void forEachLive(long userId, Consumer<Activity> sink);

    /** Inserts them all in order; run it in a transaction to have all or none of them. */
    void insertAll(long userId, List<ActivityDetails> details, Instant now);

    /**
     * The number of the user's live activities, counted while holding the user's quota lock until
     * the transaction ends: concurrent writers that check a quota this way see each other's rows.
     */
    long countLiveHoldingQuotaLock(long userId);

    /**
     * Replaces the details of a live activity if its version is still {@code expectedVersion};
     * the stored version then grows by one. Empty when no such live activity has that version.
     */
    Optional<Activity> update(long userId, long activityId, ActivityDetails details, int expectedVersion, Instant now);

    /** Moves a live activity to the trash: the activity as it lies there (a new version); empty when there is no live activity to delete. */
    Optional<Activity> softDelete(long userId, long activityId, Instant now);

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
