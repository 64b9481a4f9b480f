package dev.stride.application.testing;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.port.ActivityTotals;
import dev.stride.domain.shared.PageRequest;
import dev.stride.domain.stats.BucketTotals;
import dev.stride.domain.stats.StatsRange;
import dev.stride.domain.stats.Totals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@link ActivityTotals} summed over what an {@link InMemoryActivityRepository} holds, live rows only. */
public class InMemoryActivityTotals implements ActivityTotals {

    private final InMemoryActivityRepository activities;

    public InMemoryActivityTotals(InMemoryActivityRepository activities) {
        this.activities = activities;
    }

    @Override
    public List<BucketTotals> sum(long userId, StatsRange range) {
        List<Activity> live = new ArrayList<>();
        PageRequest page = new PageRequest(0, PageRequest.MAX_SIZE);
        ActivityFilter filter = new ActivityFilter(null, range.from(), range.to());
        while (true) {
            List<Activity> items = activities.findLive(userId, filter, page).items();
            live.addAll(items);
            if (items.size() < page.size()) {
                break;
            }
            page = new PageRequest(page.page() + 1, page.size());
        }
        Map<BucketKey, Totals> sums = live.stream().collect(Collectors.toMap(
                a -> new BucketKey(range.period().bucketStart(a.details().activityDate()), a.details()),
                a -> totalsOf(a.details()), Totals::plus));
        return sums.entrySet().stream()
                .map(e -> new BucketTotals(e.getKey().start(), e.getKey().type(), e.getValue()))
                .toList();
    }

    private static Totals totalsOf(ActivityDetails d) {
        return new Totals(1, d.durationMinutes(), d.distanceKm() == null ? BigDecimal.ZERO : d.distanceKm());
    }

    private record BucketKey(LocalDate start, ActivityType type) {
        BucketKey(LocalDate start, ActivityDetails details) {
            this(start, details.activityType());
        }
    }
}
