package dev.stride.application.testing;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivitySort;
import dev.stride.domain.activity.SortKey;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.activity.PurgedActivity;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.shared.Page;
import dev.stride.domain.shared.PageRequest;
import dev.stride.domain.shared.Slice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link ActivityRepository} does, written once and run against each implementation
 * (in memory here, jOOQ on PostgreSQL in adapters-persistence). Instants carry microseconds, the
 * precision PostgreSQL keeps, so that stored values compare equal to the ones written.
 */
public abstract class ActivityRepositoryContract {

    protected static final Instant CREATED = Instant.parse("2026-11-20T07:15:00.123456Z");
    protected static final Instant LATER = CREATED.plusSeconds(60);
    protected static final Instant LATEST = CREATED.plusSeconds(120);
    protected static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final PageRequest FIRST_PAGE = new PageRequest(0, 20);

    /** The repository under test. */
    protected abstract ActivityRepository activities();

    /** A new live user who may own activities (activities reference their owner). */
    protected abstract long newOwner();

    /** Soft-deletes the owner's account at {@code at}. */
    protected abstract void softDeleteOwner(long ownerId, Instant at);

    /** Soft-deletes the owner's account. */
    protected void softDeleteOwner(long ownerId) {
        softDeleteOwner(ownerId, LATER);
    }

    // --- insert and find ---------------------------------------------------------------------

    @Test
    void insertKeepsEveryFieldAndStartsAtVersionOne() {
        long owner = newOwner();

        Activity inserted = activities().insert(owner, everyField(), CREATED);

        assertThat(inserted.userId()).isEqualTo(owner);
        assertThat(inserted.details()).isEqualTo(everyField());
        assertThat(inserted.version()).isEqualTo(1);
        assertThat(inserted.createdAt()).isEqualTo(CREATED);
        assertThat(inserted.updatedAt()).isEqualTo(CREATED);
        assertThat(inserted.deletedAt()).isNull();
        assertThat(activities().findLive(owner, inserted.id())).contains(inserted);
    }

    @Test
    void absentOptionalFieldsStayAbsent() {
        long owner = newOwner();
        ActivityDetails bare = details(ActivityType.YOGA, DAY);

        Activity inserted = activities().insert(owner, bare, CREATED);

        assertThat(activities().findLive(owner, inserted.id())).map(Activity::details).contains(bare);
    }

    @Test
    void storesTheExtremesTheDomainAllows() {
        long owner = newOwner();
        ActivityDetails longest = new ActivityDetails(ActivityType.OTHER, "t".repeat(255), "d".repeat(1000), 1440,
                new BigDecimal("1000"), 20_000, "ü".repeat(2000), LocalDate.of(1900, 1, 1));
        ActivityDetails smallest = new ActivityDetails(ActivityType.WALKING, "", "", 1,
                new BigDecimal("0.001"), 0, "", DAY);

        Activity first = activities().insert(owner, longest, CREATED);
        Activity second = activities().insert(owner, smallest, CREATED);

        assertThat(activities().findLive(owner, first.id())).map(Activity::details).contains(longest);
        assertThat(activities().findLive(owner, second.id())).map(Activity::details).contains(smallest);
    }

    @Test
    void eachInsertGetsAnIdOfItsOwn() {
        long owner = newOwner();

        Activity first = activities().insert(owner, everyField(), CREATED);
        Activity second = activities().insert(owner, everyField(), CREATED);

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(activities().findLive(owner, second.id())).contains(second);
    }

    @Test
    void anUnknownIdIsNotFound() {
        long owner = newOwner();
        Activity existing = activities().insert(owner, everyField(), CREATED);

        assertThat(activities().findLive(owner, existing.id() + 1000)).isEmpty();
    }

    // --- owner scoping -----------------------------------------------------------------------

    @Test
    void anotherUsersActivityIsOutOfReachAsIfItDidNotExist() {
        long owner = newOwner();
        long stranger = newOwner();
        Activity mine = activities().insert(owner, everyField(), CREATED);

        assertThat(activities().findLive(stranger, mine.id())).isEmpty();
        assertThat(activities().findLive(stranger, ActivityFilter.NONE, FIRST_PAGE).totalItems()).isZero();
        assertThat(activities().update(stranger, mine.id(), details(ActivityType.YOGA, DAY), 1, LATER)).isEmpty();
        assertThat(activities().softDelete(stranger, mine.id(), LATER)).isFalse();

        assertThat(activities().findLive(owner, mine.id())).contains(mine);
    }

    @Test
    void anotherUsersTrashIsOutOfReach() {
        long owner = newOwner();
        long stranger = newOwner();
        Activity mine = activities().insert(owner, everyField(), CREATED);
        activities().softDelete(owner, mine.id(), LATER);

        assertThat(activities().findDeleted(stranger, FIRST_PAGE).items()).isEmpty();
        assertThat(activities().restore(stranger, mine.id(), LATEST)).isEmpty();

        assertThat(activities().findDeleted(owner, FIRST_PAGE).items()).extracting(Activity::id).containsExactly(mine.id());
    }

    // --- listing -----------------------------------------------------------------------------

    @Test
    void listsNewestDateFirstThenHighestIdFirst() {
        long owner = newOwner();
        Activity oldest = insert(owner, ActivityType.RUNNING, DAY.minusDays(2));
        Activity sameDayA = insert(owner, ActivityType.RUNNING, DAY);
        Activity middle = insert(owner, ActivityType.RUNNING, DAY.minusDays(1));
        Activity sameDayB = insert(owner, ActivityType.RUNNING, DAY);
        Activity higherId = sameDayA.id() > sameDayB.id() ? sameDayA : sameDayB;
        Activity lowerId = higherId == sameDayA ? sameDayB : sameDayA;

        Page<Activity> page = activities().findLive(owner, ActivityFilter.NONE, FIRST_PAGE);

        assertThat(page.items()).containsExactly(higherId, lowerId, middle, oldest);
        assertThat(page.totalItems()).isEqualTo(4);
    }

    @Test
    void filtersByType() {
        long owner = newOwner();
        Activity run = insert(owner, ActivityType.RUNNING, DAY);
        insert(owner, ActivityType.SWIMMING, DAY);
        Activity olderRun = insert(owner, ActivityType.RUNNING, DAY.minusDays(1));

        Page<Activity> runs = activities().findLive(owner, new ActivityFilter(ActivityType.RUNNING, null, null), FIRST_PAGE);

        assertThat(runs.items()).containsExactly(run, olderRun);
        assertThat(runs.totalItems()).isEqualTo(2);
    }

    @Test
    void filtersByDatesIncludingBothEnds() {
        long owner = newOwner();
        Activity before = insert(owner, ActivityType.RUNNING, DAY.minusDays(3));
        Activity from = insert(owner, ActivityType.RUNNING, DAY.minusDays(2));
        Activity inside = insert(owner, ActivityType.RUNNING, DAY.minusDays(1));
        Activity to = insert(owner, ActivityType.RUNNING, DAY);
        Activity after = insert(owner, ActivityType.RUNNING, DAY.plusDays(1));

        assertThat(list(owner, new ActivityFilter(null, DAY.minusDays(2), DAY))).containsExactly(to, inside, from);
        assertThat(list(owner, new ActivityFilter(null, DAY, null))).containsExactly(after, to);
        assertThat(list(owner, new ActivityFilter(null, null, DAY.minusDays(2)))).containsExactly(from, before);
        assertThat(list(owner, new ActivityFilter(null, DAY, DAY))).containsExactly(to);
    }

    @Test
    void combinesTypeAndDateFiltersAndCountsOnlyMatches() {
        long owner = newOwner();
        Activity match = insert(owner, ActivityType.CYCLING, DAY);
        insert(owner, ActivityType.CYCLING, DAY.minusDays(5));
        insert(owner, ActivityType.RUNNING, DAY);

        Page<Activity> page = activities().findLive(owner,
                new ActivityFilter(ActivityType.CYCLING, DAY.minusDays(1), DAY), FIRST_PAGE);

        assertThat(page.items()).containsExactly(match);
        assertThat(page.totalItems()).isEqualTo(1);
    }

    @Test
    void pagesThroughTheListCountingEveryMatch() {
        long owner = newOwner();
        List<Activity> newestFirst = Stream.iterate(0, i -> i + 1).limit(5)
                .map(i -> insert(owner, ActivityType.RUNNING, DAY.minusDays(i)))
                .toList();

        Page<Activity> first = activities().findLive(owner, ActivityFilter.NONE, new PageRequest(0, 2));
        Page<Activity> second = activities().findLive(owner, ActivityFilter.NONE, new PageRequest(1, 2));
        Page<Activity> last = activities().findLive(owner, ActivityFilter.NONE, new PageRequest(2, 2));
        Page<Activity> beyond = activities().findLive(owner, ActivityFilter.NONE, new PageRequest(3, 2));

        assertThat(first.items()).containsExactlyElementsOf(newestFirst.subList(0, 2));
        assertThat(second.items()).containsExactlyElementsOf(newestFirst.subList(2, 4));
        assertThat(last.items()).containsExactlyElementsOf(newestFirst.subList(4, 5));
        assertThat(beyond.items()).isEmpty();
        assertThat(Stream.of(first, second, last, beyond).map(Page::totalItems)).containsOnly(5L);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(2);
        assertThat(first.totalPages()).isEqualTo(3);
    }

    @Test
    void anEmptyListHasNoPages() {
        Page<Activity> page = activities().findLive(newOwner(), ActivityFilter.NONE, FIRST_PAGE);

        assertThat(page.items()).isEmpty();
        assertThat(page.totalItems()).isZero();
        assertThat(page.totalPages()).isZero();
    }

    // --- sorting and keyset pages --------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"activityDate", "-activityDate", "durationMinutes", "-durationMinutes", "distanceKm",
            "-distanceKm", "createdAt", "-createdAt"})
    void keysetPagesInEveryOrderGiveTheSameListAsOnePageTiesAndMissingDistancesIncluded(String order) {
        long owner = newOwner();
        String[] distances = {null, "0", "10.5", null, "3.25", "10.5", "0"};
        for (int i = 0; i < distances.length; i++) {
            activities().insert(owner, new ActivityDetails(ActivityType.RUNNING, null, null, 30 + i % 3,
                    distances[i] == null ? null : new BigDecimal(distances[i]), null, null, DAY.minusDays(i % 2)),
                    CREATED.plusSeconds(i % 4));
        }
        activities().softDelete(owner, activities().insert(owner, details(ActivityType.RUNNING, DAY), CREATED).id(), LATER);
        ActivitySort sort = ActivitySort.parse(order);

        List<Activity> whole = activities().findLive(owner, ActivityFilter.NONE, sort, FIRST_PAGE).items();
        List<Activity> paged = new ArrayList<>(activities().findLive(owner, ActivityFilter.NONE, sort, new PageRequest(0, 2)).items());
        Slice<Activity> slice;
        do {
            slice = activities().findLiveAfter(owner, ActivityFilter.NONE, sort, sort.key().positionOf(paged.getLast()), 2);
            paged.addAll(slice.items());
        } while (slice.hasMore());

        assertThat(whole).hasSize(distances.length).isSortedAccordingTo(sort.comparator());
        assertThat(paged).containsExactlyElementsOf(whole);
    }

    @Test
    void aKeysetPageKeepsTheFilter() {
        long owner = newOwner();
        Activity run = insert(owner, ActivityType.RUNNING, DAY);
        insert(owner, ActivityType.SWIMMING, DAY.minusDays(1));
        Activity olderRun = insert(owner, ActivityType.RUNNING, DAY.minusDays(2));
        ActivityFilter runs = new ActivityFilter(ActivityType.RUNNING, null, null);

        Slice<Activity> after = activities().findLiveAfter(owner, runs, ActivitySort.DEFAULT,
                SortKey.ACTIVITY_DATE.positionOf(run), 5);

        assertThat(after.items()).containsExactly(olderRun);
        assertThat(after.hasMore()).isFalse();
    }

    @Test
    void streamsEveryLiveActivityOfTheOwnerOldestFirst() {
        long owner = newOwner();
        Activity first = activities().insert(owner, everyField(), CREATED);
        Activity second = activities().insert(owner, details(ActivityType.RUNNING, DAY), LATER);
        activities().softDelete(owner, activities().insert(owner, everyField(), CREATED).id(), LATER);
        activities().insert(newOwner(), everyField(), CREATED);

        List<Activity> streamed = new ArrayList<>();
        activities().forEachLive(owner, streamed::add);

        assertThat(streamed).containsExactly(first, second);
    }

    @Test
    void insertsABatchAndCountsTheLiveActivities() {
        long owner = newOwner();
        activities().softDelete(owner, activities().insert(owner, everyField(), CREATED).id(), LATER);

        activities().insertAll(owner, List.of(everyField(), details(ActivityType.ROWING, DAY)), LATER);

        assertThat(activities().countLiveHoldingQuotaLock(owner)).isEqualTo(2);
        assertThat(list(owner, ActivityFilter.NONE)).extracting(Activity::details)
                .containsExactlyInAnyOrder(everyField(), details(ActivityType.ROWING, DAY));
    }

    @Test
    void theLiveCountFollowsEveryWrite() {
        long owner = newOwner();
        Activity kept = activities().insert(owner, everyField(), CREATED);
        Activity trashed = activities().insert(owner, details(ActivityType.RUNNING, DAY), CREATED);
        Activity gone = activities().insert(owner, details(ActivityType.ROWING, DAY), CREATED);
        activities().insert(newOwner(), everyField(), CREATED);
        assertThat(activities().countLiveHoldingQuotaLock(owner)).isEqualTo(3);

        activities().update(owner, kept.id(), details(ActivityType.ROWING, DAY.minusDays(1)), kept.version(), LATER);
        activities().softDelete(owner, trashed.id(), LATER);
        activities().deletePermanently(gone.id());
        assertThat(activities().countLiveHoldingQuotaLock(owner)).isEqualTo(1);

        activities().restore(owner, trashed.id(), LATER);
        activities().insertAll(owner, List.of(everyField(), everyField()), LATER);
        assertThat(activities().countLiveHoldingQuotaLock(owner)).isEqualTo(4);

        activities().softDelete(owner, trashed.id(), LATER);
        activities().purgeDeletedBefore(LATER.plusSeconds(1), 10);
        assertThat(activities().countLiveHoldingQuotaLock(owner)).isEqualTo(3);
    }

    // --- update ------------------------------------------------------------------------------

    @Test
    void updateReplacesEveryFieldAndMovesVersionAndUpdatedAt() {
        long owner = newOwner();
        Activity original = activities().insert(owner, everyField(), CREATED);
        ActivityDetails replacement = details(ActivityType.ROWING, DAY.minusDays(1));

        Activity updated = activities().update(owner, original.id(), replacement, 1, LATER).orElseThrow();

        assertThat(updated.id()).isEqualTo(original.id());
        assertThat(updated.userId()).isEqualTo(owner);
        assertThat(updated.details()).isEqualTo(replacement);
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.createdAt()).isEqualTo(CREATED);
        assertThat(updated.updatedAt()).isEqualTo(LATER);
        assertThat(updated.deletedAt()).isNull();
        assertThat(activities().findLive(owner, original.id())).contains(updated);
    }

    @Test
    void updateWithAVersionThatIsNotCurrentChangesNothing() {
        long owner = newOwner();
        Activity original = activities().insert(owner, everyField(), CREATED);
        Activity updated = activities().update(owner, original.id(), details(ActivityType.HIKING, DAY), 1, LATER)
                .orElseThrow();

        assertThat(activities().update(owner, original.id(), details(ActivityType.YOGA, DAY), 1, LATEST)).isEmpty();
        assertThat(activities().update(owner, original.id(), details(ActivityType.YOGA, DAY), 3, LATEST)).isEmpty();

        assertThat(activities().findLive(owner, original.id())).contains(updated);
    }

    @Test
    void aDeletedActivityCannotBeUpdated() {
        long owner = newOwner();
        Activity original = activities().insert(owner, everyField(), CREATED);
        activities().softDelete(owner, original.id(), LATER);

        assertThat(activities().update(owner, original.id(), details(ActivityType.YOGA, DAY), 2, LATEST)).isEmpty();

        assertThat(activities().findDeleted(owner, FIRST_PAGE).items())
                .singleElement()
                .satisfies(trashed -> {
                    assertThat(trashed.details()).isEqualTo(everyField());
                    assertThat(trashed.version()).isEqualTo(2);
                });
    }

    // --- soft delete and trash ---------------------------------------------------------------

    @Test
    void softDeleteMovesTheActivityToTheTrash() {
        long owner = newOwner();
        Activity kept = activities().insert(owner, everyField(), CREATED);
        Activity original = activities().insert(owner, everyField(), CREATED);

        assertThat(activities().softDelete(owner, original.id(), LATER)).isTrue();

        assertThat(activities().findLive(owner, original.id())).isEmpty();
        Page<Activity> live = activities().findLive(owner, ActivityFilter.NONE, FIRST_PAGE);
        assertThat(live.items()).containsExactly(kept);
        assertThat(live.totalItems()).isEqualTo(1);
        Activity trashed = activities().findDeleted(owner, FIRST_PAGE).items().getFirst();
        assertThat(trashed.id()).isEqualTo(original.id());
        assertThat(trashed.details()).isEqualTo(everyField());
        assertThat(trashed.deletedAt()).isEqualTo(LATER);
        assertThat(trashed.updatedAt()).isEqualTo(LATER);
        assertThat(trashed.version()).isEqualTo(2);
        assertThat(trashed.createdAt()).isEqualTo(CREATED);
    }

    @Test
    void aSecondSoftDeleteFindsNothingAndKeepsTheFirst() {
        long owner = newOwner();
        Activity original = activities().insert(owner, everyField(), CREATED);
        activities().softDelete(owner, original.id(), LATER);

        assertThat(activities().softDelete(owner, original.id(), LATEST)).isFalse();

        Activity trashed = activities().findDeleted(owner, FIRST_PAGE).items().getFirst();
        assertThat(trashed.deletedAt()).isEqualTo(LATER);
        assertThat(trashed.version()).isEqualTo(2);
    }

    @Test
    void softDeleteOfAnUnknownIdFindsNothing() {
        long owner = newOwner();
        Activity existing = activities().insert(owner, everyField(), CREATED);

        assertThat(activities().softDelete(owner, existing.id() + 1000, LATER)).isFalse();
    }

    @Test
    void theTrashListsMostRecentlyDeletedFirstPageByPage() {
        long owner = newOwner();
        Activity deletedSecond = insert(owner, ActivityType.RUNNING, DAY);
        Activity deletedFirst = insert(owner, ActivityType.RUNNING, DAY);
        Activity deletedLast = insert(owner, ActivityType.RUNNING, DAY.minusDays(9));
        insert(owner, ActivityType.RUNNING, DAY);
        activities().softDelete(owner, deletedFirst.id(), CREATED.plusSeconds(1));
        activities().softDelete(owner, deletedSecond.id(), CREATED.plusSeconds(2));
        activities().softDelete(owner, deletedLast.id(), CREATED.plusSeconds(3));

        Page<Activity> first = activities().findDeleted(owner, new PageRequest(0, 2));
        Page<Activity> second = activities().findDeleted(owner, new PageRequest(1, 2));

        assertThat(first.items()).extracting(Activity::id).containsExactly(deletedLast.id(), deletedSecond.id());
        assertThat(second.items()).extracting(Activity::id).containsExactly(deletedFirst.id());
        assertThat(first.totalItems()).isEqualTo(3);
        assertThat(second.totalItems()).isEqualTo(3);
    }

    // --- restore -----------------------------------------------------------------------------

    @Test
    void restoreBringsTheActivityBack() {
        long owner = newOwner();
        Activity original = activities().insert(owner, everyField(), CREATED);
        activities().softDelete(owner, original.id(), LATER);

        Activity restored = activities().restore(owner, original.id(), LATEST).orElseThrow();

        assertThat(restored.id()).isEqualTo(original.id());
        assertThat(restored.details()).isEqualTo(everyField());
        assertThat(restored.deletedAt()).isNull();
        assertThat(restored.version()).isEqualTo(3);
        assertThat(restored.updatedAt()).isEqualTo(LATEST);
        assertThat(restored.createdAt()).isEqualTo(CREATED);
        assertThat(activities().findLive(owner, original.id())).contains(restored);
        assertThat(list(owner, ActivityFilter.NONE)).containsExactly(restored);
        assertThat(activities().findDeleted(owner, FIRST_PAGE).totalItems()).isZero();
    }

    @Test
    void aLiveActivityCannotBeRestored() {
        long owner = newOwner();
        Activity original = activities().insert(owner, everyField(), CREATED);

        assertThat(activities().restore(owner, original.id(), LATER)).isEmpty();

        assertThat(activities().findLive(owner, original.id())).contains(original);
    }

    @Test
    void aRestoredActivityCanBeDeletedAndRestoredAgain() {
        long owner = newOwner();
        Activity original = activities().insert(owner, everyField(), CREATED);
        activities().softDelete(owner, original.id(), LATER);
        activities().restore(owner, original.id(), LATER);

        assertThat(activities().softDelete(owner, original.id(), LATEST)).isTrue();
        assertThat(activities().restore(owner, original.id(), LATEST)).map(Activity::version).contains(5);
    }

    // --- deleted owner -----------------------------------------------------------------------

    @Test
    void theActivitiesOfADeletedAccountDisappearFromEveryRead() {
        long owner = newOwner();
        Activity live = activities().insert(owner, everyField(), CREATED);
        Activity trashed = activities().insert(owner, everyField(), CREATED);
        activities().softDelete(owner, trashed.id(), LATER);

        softDeleteOwner(owner);

        assertThat(activities().findLive(owner, live.id())).isEmpty();
        assertThat(activities().findLive(owner, ActivityFilter.NONE, FIRST_PAGE).totalItems()).isZero();
        assertThat(activities().update(owner, live.id(), details(ActivityType.YOGA, DAY), 1, LATEST)).isEmpty();
        assertThat(activities().softDelete(owner, live.id(), LATEST)).isFalse();
        assertThat(activities().restore(owner, trashed.id(), LATEST)).isEmpty();
    }

    @Test
    void anotherAccountsDeletionLeavesMyActivitiesAlone() {
        long owner = newOwner();
        long leaving = newOwner();
        Activity mine = activities().insert(owner, everyField(), CREATED);

        softDeleteOwner(leaving);

        assertThat(activities().findLive(owner, mine.id())).contains(mine);
    }

    // --- admin: permanent delete --------------------------------------------------------------

    @Test
    void aPermanentDeleteRemovesAnyActivityLiveOrTrashedAndTellsWhoseItWas() {
        long owner = newOwner();
        Activity live = activities().insert(owner, everyField(), CREATED);
        Activity trashed = activities().insert(owner, everyField(), CREATED);
        Activity kept = activities().insert(owner, everyField(), CREATED);
        activities().softDelete(owner, trashed.id(), LATER);

        assertThat(activities().deletePermanently(live.id())).contains(owner);
        assertThat(activities().deletePermanently(trashed.id())).contains(owner);

        assertThat(activities().findLive(owner, live.id())).isEmpty();
        assertThat(activities().findDeleted(owner, FIRST_PAGE).items()).isEmpty();
        assertThat(activities().restore(owner, trashed.id(), LATEST)).isEmpty();
        assertThat(activities().findLive(owner, kept.id())).contains(kept);
    }

    @Test
    void aPermanentDeleteOfAnUnknownActivityFindsNothing() {
        long owner = newOwner();
        Activity gone = activities().insert(owner, everyField(), CREATED);
        activities().deletePermanently(gone.id());

        assertThat(activities().deletePermanently(gone.id())).isEmpty();
        assertThat(activities().deletePermanently(gone.id() + 1000)).isEmpty();
    }

    @Test
    void aPermanentDeleteReachesTheActivitiesOfADeletedAccount() {
        long owner = newOwner();
        Activity activity = activities().insert(owner, everyField(), CREATED);
        softDeleteOwner(owner);

        assertThat(activities().deletePermanently(activity.id())).contains(owner);
    }

    // --- retention purge ---------------------------------------------------------------------

    @Test
    void thePurgeRemovesWhatWasSoftDeletedBeforeTheCutoffOldestFirstAtMostLimitRows() {
        long owner = newOwner();
        List<Activity> trashed = Stream.of(0, 1, 2, 3, 4).map(i -> {
            Activity activity = activities().insert(owner, everyField(), CREATED);
            activities().softDelete(owner, activity.id(), CREATED.plusSeconds(10 - i)); // the last one is the oldest deletion
            return activity;
        }).toList();
        Activity recentlyTrashed = activities().insert(owner, everyField(), CREATED);
        activities().softDelete(owner, recentlyTrashed.id(), LATEST);
        Activity live = activities().insert(owner, everyField(), CREATED);

        List<PurgedActivity> first = activities().purgeDeletedBefore(LATER, 2);

        assertThat(first).containsExactlyInAnyOrder(new PurgedActivity(trashed.get(4).id(), owner),
                new PurgedActivity(trashed.get(3).id(), owner));
        List<PurgedActivity> rest = activities().purgeDeletedBefore(LATER, 10);
        assertThat(rest).extracting(PurgedActivity::activityId)
                .containsExactlyInAnyOrder(trashed.get(0).id(), trashed.get(1).id(), trashed.get(2).id());
        assertThat(activities().purgeDeletedBefore(LATER, 10)).isEmpty();
        assertThat(activities().findDeleted(owner, FIRST_PAGE).items()).extracting(Activity::id)
                .containsExactly(recentlyTrashed.id());
        assertThat(activities().findLive(owner, live.id())).contains(live);
    }

    @Test
    void thePurgeRemovesEveryActivityOfAnAccountDeletedBeforeTheCutoffAndNoneOfOneDeletedSince() {
        long longGone = newOwner();
        long recentlyGone = newOwner();
        long staying = newOwner();
        Activity live = activities().insert(longGone, everyField(), CREATED);
        Activity trashedLater = activities().insert(longGone, everyField(), CREATED);
        activities().softDelete(longGone, trashedLater.id(), LATEST);
        Activity recent = activities().insert(recentlyGone, everyField(), CREATED);
        Activity mine = activities().insert(staying, everyField(), CREATED);
        softDeleteOwner(longGone, CREATED.plusSeconds(1));
        softDeleteOwner(recentlyGone, LATEST);

        assertThat(activities().purgeDeletedBefore(LATER, 10)).containsExactlyInAnyOrder(
                new PurgedActivity(live.id(), longGone), new PurgedActivity(trashedLater.id(), longGone));

        assertThat(activities().deletePermanently(recent.id())).as("still there").contains(recentlyGone);
        assertThat(activities().findLive(staying, mine.id())).contains(mine);
    }

    @Test
    void thePurgeLimitCountsBothKindsTogether() {
        long owner = newOwner();
        long gone = newOwner();
        Activity trashed = activities().insert(owner, everyField(), CREATED);
        activities().softDelete(owner, trashed.id(), CREATED);
        activities().insert(gone, everyField(), CREATED);
        activities().insert(gone, everyField(), CREATED);
        softDeleteOwner(gone, CREATED);

        assertThat(activities().purgeDeletedBefore(LATER, 2)).hasSize(2);
        assertThat(activities().purgeDeletedBefore(LATER, 2)).hasSize(1);
        assertThat(activities().purgeDeletedBefore(LATER, 2)).isEmpty();
    }

    // --- helpers -----------------------------------------------------------------------------

    protected static ActivityDetails everyField() {
        return new ActivityDetails(ActivityType.CYCLING, "Morning ride", "river loop", 45, new BigDecimal("10.5"), 520,
                "  easy pace,\n kept «verbatim»  ", DAY);
    }

    protected static ActivityDetails details(ActivityType type, LocalDate date) {
        return new ActivityDetails(type, null, null, 30, null, null, null, date);
    }

    private Activity insert(long owner, ActivityType type, LocalDate date) {
        return activities().insert(owner, details(type, date), CREATED);
    }

    private List<Activity> list(long owner, ActivityFilter filter) {
        return activities().findLive(owner, filter, FIRST_PAGE).items();
    }
}
