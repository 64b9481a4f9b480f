package dev.stride.application.testing;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivityPosition;
import dev.stride.domain.activity.ActivitySort;
import dev.stride.domain.activity.PurgedActivity;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.shared.Page;
import dev.stride.domain.shared.PageRequest;
import dev.stride.domain.shared.Slice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An {@link ActivityRepository} in a map, behaving like the PostgreSQL one (the shared contract
 * test proves it). Thread-safe; each mutation is atomic like a single SQL statement.
 */
public class InMemoryActivityRepository implements ActivityRepository {

    static final Comparator<Activity> TRASH_ORDER = Comparator
            .comparing(Activity::deletedAt).reversed()
            .thenComparing(Comparator.comparingLong(Activity::id).reversed());

    private final Map<Long, Activity> rows = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final Predicate<Long> liveOwner;
    private final Function<Long, Optional<Instant>> ownerDeletedAt;

    /** Every owner counts as live. */
    public InMemoryActivityRepository() {
        this(userId -> true);
    }

    /**
     * {@code liveOwner} says whether a user is live; a deleted user's activities are hidden like the
     * SQL join does (but never purged with their owner: use the constructor taking the accounts for that).
     */
    public InMemoryActivityRepository(Predicate<Long> liveOwner) {
        this(liveOwner, userId -> Optional.empty());
    }

    /** Owners are the accounts in {@code users}: hidden while soft-deleted, purged with them when that was long enough ago. */
    public InMemoryActivityRepository(InMemoryUserRepository users) {
        this(users::isLive, users::deletedAt);
    }

    private InMemoryActivityRepository(Predicate<Long> liveOwner, Function<Long, Optional<Instant>> ownerDeletedAt) {
        this.liveOwner = liveOwner;
        this.ownerDeletedAt = ownerDeletedAt;
    }

    @Override
    public Activity insert(long userId, ActivityDetails details, Instant now) {
        Activity activity = new Activity(ids.incrementAndGet(), userId, details, 1, now, now, null);
        rows.put(activity.id(), activity);
        return activity;
    }

    @Override
    public Optional<Activity> findLive(long userId, long activityId) {
        return Optional.ofNullable(rows.get(activityId)).filter(a -> isLive(a, userId));
    }

    @Override
    public Page<Activity> findLive(long userId, ActivityFilter filter, ActivitySort sort, PageRequest page) {
        return page(rows.values().stream().filter(a -> isLive(a, userId) && matches(a, filter)).toList(),
                sort.comparator(), page);
    }

    @Override
    public Slice<Activity> findLiveAfter(long userId, ActivityFilter filter, ActivitySort sort, ActivityPosition after,
                                         int size) {
        return Slice.ofOneMoreThan(rows.values().stream()
                .filter(a -> isLive(a, userId) && matches(a, filter) && sort.isAfter(a, after))
                .sorted(sort.comparator())
                .limit(size + 1L)
                .toList(), size);
    }

    @Override
    public void forEachLive(long userId, Consumer<Activity> sink) {
        rows.values().stream().filter(a -> isLive(a, userId)).forEach(sink);
    }

    @Override
    public synchronized void insertAll(long userId, List<ActivityDetails> details, Instant now) {
        details.forEach(d -> insert(userId, d, now));
    }

    @Override
    public long countLiveHoldingQuotaLock(long userId) {
        return rows.values().stream().filter(a -> isLive(a, userId)).count();
    }

    @Override
    public synchronized Optional<Activity> update(long userId, long activityId, ActivityDetails details,
                                                  int expectedVersion, Instant now) {
        return findLive(userId, activityId).filter(a -> a.version() == expectedVersion).map(a -> {
            Activity updated = new Activity(a.id(), a.userId(), details, a.version() + 1, a.createdAt(), now, null);
            rows.put(a.id(), updated);
            return updated;
        });
    }

    @Override
    public synchronized Optional<Activity> softDelete(long userId, long activityId, Instant now) {
        return findLive(userId, activityId).map(a -> {
            Activity trashed = withDeletedAt(a, now, now);
            rows.put(a.id(), trashed);
            return trashed;
        });
    }

    @Override
    public synchronized Optional<Activity> restore(long userId, long activityId, Instant now) {
        return Optional.ofNullable(rows.get(activityId))
                .filter(a -> a.userId() == userId && a.isDeleted() && liveOwner.test(userId))
                .map(a -> {
                    Activity restored = withDeletedAt(a, null, now);
                    rows.put(a.id(), restored);
                    return restored;
                });
    }

    @Override
    public Page<Activity> findDeleted(long userId, PageRequest page) {
        return page(rows.values().stream().filter(a -> a.userId() == userId && a.isDeleted()).toList(),
                TRASH_ORDER, page);
    }

    @Override
    public synchronized Optional<Long> deletePermanently(long activityId) {
        return Optional.ofNullable(rows.remove(activityId)).map(Activity::userId);
    }

    /** Like the SQL one: soft-deleted rows first, oldest deletion first, then rows of owners deleted long enough ago. */
    @Override
    public synchronized List<PurgedActivity> purgeDeletedBefore(Instant cutoff, int limit) {
        List<Activity> purged = new ArrayList<>(rows.values().stream()
                .filter(a -> a.isDeleted() && a.deletedAt().isBefore(cutoff))
                .sorted(Comparator.comparing(Activity::deletedAt))
                .limit(limit)
                .toList());
        rows.values().stream()
                .filter(a -> !purged.contains(a) && ownerDeletedAt.apply(a.userId()).filter(d -> d.isBefore(cutoff)).isPresent())
                .limit(limit - purged.size())
                .forEach(purged::add);
        purged.forEach(a -> rows.remove(a.id()));
        return purged.stream().map(a -> new PurgedActivity(a.id(), a.userId())).toList();
    }

    /** Everything stored, deleted or not: for assertions in tests. */
    public List<Activity> all() {
        return List.copyOf(rows.values());
    }

    private boolean isLive(Activity activity, long userId) {
        return activity.userId() == userId && !activity.isDeleted() && liveOwner.test(userId);
    }

    private static boolean matches(Activity activity, ActivityFilter filter) {
        ActivityDetails d = activity.details();
        return (filter.type() == null || d.activityType() == filter.type())
                && (filter.from() == null || !d.activityDate().isBefore(filter.from()))
                && (filter.to() == null || !d.activityDate().isAfter(filter.to()));
    }

    private static Page<Activity> page(List<Activity> matching, Comparator<Activity> order, PageRequest page) {
        List<Activity> items = matching.stream().sorted(order).skip(page.offset()).limit(page.size()).toList();
        return Page.of(items, page, matching.size());
    }

    private static Activity withDeletedAt(Activity a, Instant deletedAt, Instant updatedAt) {
        return new Activity(a.id(), a.userId(), a.details(), a.version() + 1, a.createdAt(), updatedAt, deletedAt);
    }
}
