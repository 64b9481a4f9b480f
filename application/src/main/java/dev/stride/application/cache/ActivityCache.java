package dev.stride.application.cache;

import dev.stride.application.cache.CachePolicy.WriteMode;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.shared.Page;
import dev.stride.domain.shared.PageRequest;
import dev.stride.domain.stats.Statistics;
import dev.stride.domain.stats.StatsPeriod;
import dev.stride.domain.stats.StatsRange;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Stride's three caches — single activities, list pages, statistics — all in one namespace per
 * user, so that any write by a user retires all of that user's cached reads in one step. Only
 * {@link HotReads hot} pages and statistics go through the cache; the rest reads the source directly.
 */
public final class ActivityCache {

    public static final String ACTIVITY = "activity";
    public static final String LIST = "activity-list";
    public static final String STATS = "stats";

    private final CacheAside cache;
    private final CachePolicy activity;
    private final CachePolicy list;
    private final Map<StatsPeriod, CachePolicy> stats;
    private final HotReads hot;

    public ActivityCache(CacheAside cache, HotReads hot, CachePolicy activity, CachePolicy list,
                         Map<StatsPeriod, CachePolicy> stats) {
        this.cache = cache;
        this.hot = hot;
        this.activity = activity;
        this.list = list;
        this.stats = Map.copyOf(stats);
        if (!this.stats.keySet().containsAll(List.of(StatsPeriod.values()))) {
            throw new IllegalArgumentException("a statistics policy is needed for every period");
        }
    }

    public Optional<Activity> activity(long userId, long activityId, Supplier<Optional<Activity>> loader) {
        return Optional.ofNullable(cache.read(activity, namespace(userId), activityKey(activityId), Activity.class,
                () -> loader.get().orElse(null)));
    }

    /**
     * The activity as it stands, read to be changed (a merge patch, a conditional replace): a hit is used,
     * a miss is not stored, since the write that follows retires it and stores its own result.
     */
    public Optional<Activity> activityToChange(long userId, long activityId, Supplier<Optional<Activity>> loader) {
        return Optional.ofNullable(cache.peek(activity, namespace(userId), activityKey(activityId), Activity.class,
                () -> loader.get().orElse(null)));
    }

    /**
     * A page of the list in its default order (never a keyset page). Pages are the one generic value in the
     * cache: a {@code Page} in it always holds activities, which the cache adapter relies on to decode one.
     */
    @SuppressWarnings("unchecked")
    public Page<Activity> page(long userId, ActivityFilter filter, PageRequest request, Supplier<Page<Activity>> loader) {
        if (!hot.listPage(filter, request)) {
            return loader.get();
        }
        String key = "l:" + request.page() + ":" + request.size() + ":" + filter.type() + ":" + filter.from() + ":" + filter.to();
        return cache.read(list, namespace(userId), key, Page.class, loader::get);
    }

    public Statistics statistics(long userId, StatsRange range, Supplier<Statistics> loader) {
        if (!hot.statistics(range)) {
            return loader.get();
        }
        String key = "s:" + range.period() + ":" + range.from() + ":" + range.to();
        return cache.read(stats.get(range.period()), namespace(userId), key, Statistics.class, loader);
    }

    /** After a committed write to the user's data: retires the user's entries. Only {@link CacheInvalidation} calls it. */
    void userChanged(long userId) {
        cache.invalidate(namespace(userId));
    }

    /**
     * After a committed write to one activity: retires the user's entries and, for a write-through
     * activity cache, stores the committed row in the same step (a trashed one is not readable: nothing
     * is stored, but its version still outranks older writes whose calls come late). Only {@link CacheInvalidation} calls it.
     */
    void activityWritten(Activity written) {
        if (activity.writeMode() == WriteMode.WRITE_THROUGH) {
            cache.invalidateAndPut(activity, namespace(written.userId()), activityKey(written.id()), written.version(),
                    written.isDeleted() ? null : written);
        } else {
            userChanged(written.userId());
        }
    }

    /** After an activity was removed for good: no write of it that comes late may store it again. */
    void activityRemoved(long userId, long activityId) {
        if (activity.writeMode() == WriteMode.WRITE_THROUGH) {
            cache.invalidateAndPut(activity, namespace(userId), activityKey(activityId), Long.MAX_VALUE, null);
        } else {
            userChanged(userId);
        }
    }

    public void retryPendingInvalidations() {
        cache.retryPendingInvalidations();
    }

    private static String activityKey(long activityId) {
        return "a:" + activityId;
    }

    private static String namespace(long userId) {
        return "u:" + userId;
    }
}
