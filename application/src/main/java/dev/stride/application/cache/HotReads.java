package dev.stride.application.cache;

import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.shared.PageRequest;
import dev.stride.domain.stats.StatsRange;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Which reads are worth caching: the ones clients repeat. A single activity; the first
 * {@code listPages} pages of the unfiltered list in its default order (callers send only default-order,
 * non-cursor pages to the cache); statistics over a period's default range ending today. Anything a
 * client composes (filters, ad-hoc ranges, deep pages) goes to PostgreSQL, so the number of distinct
 * requests a user can make does not become the number of entries a user can put in the cache.
 */
public final class HotReads {

    private final int listPages;
    private final Clock clock;

    public HotReads(int listPages, Clock clock) {
        if (listPages < 0) {
            throw new IllegalArgumentException("listPages must not be negative");
        }
        this.listPages = listPages;
        this.clock = clock;
    }

    /** A page of the default-order list: hot when unfiltered and among the first pages. */
    public boolean listPage(ActivityFilter filter, PageRequest page) {
        return ActivityFilter.NONE.equals(filter) && page.page() < listPages;
    }

    /** Statistics: hot when the range is the period's default one (as if neither from nor to was given). */
    public boolean statistics(StatsRange range) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return range.equals(StatsRange.resolve(range.period(), null, null, today));
    }
}
