package dev.stride.adapters.persistence;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivitySort;
import dev.stride.domain.shared.PageRequest;
import dev.stride.domain.stats.StatsPeriod;
import dev.stride.domain.stats.StatsRange;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static dev.stride.adapters.persistence.ActivityListingQueries.liveListing;
import static dev.stride.adapters.persistence.jooq.Tables.ACTIVITIES;
import static dev.stride.adapters.persistence.jooq.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.min;

/**
 * The queries behind lists and statistics are served by the indexes V1 and V3 create for them. The table
 * holds enough rows (many users, some activities deleted) for the planner to prefer an index on
 * its own, so nothing here switches plans off.
 */
class ActivityQueryPlanTest {

    private static final DSLContext dsl = TestDatabase.dsl();
    private static final PageRequest FIRST_PAGE = new PageRequest(0, 20);
    private static long user;

    private final JooqActivityRepository activities = new JooqActivityRepository(dsl);
    private final ActivityListingQueries listings = new ActivityListingQueries(dsl);

    @BeforeAll
    static void manyUsersWithManyActivities() {
        TestDatabase.empty();
        dsl.execute("""
                insert into users (email, password_hash, display_name, role, created_at)
                select 'user' || n || '@example.org', 'hash', 'User', 'USER', now() from generate_series(1, 50) n""");
        dsl.execute("""
                insert into activities (user_id, activity_type, duration_minutes, activity_date, created_at, updated_at,
                                        deleted_at, distance_km)
                select u.id, case when n % 3 = 0 then 'RUNNING' else 'CYCLING' end, 1 + n % 120,
                       date '2026-01-01' + n % 300, now() - n * interval '1 minute', now(),
                       case when n % 10 = 0 then now() end, case when n % 4 > 0 then n % 50 + 0.5 end
                from users u, generate_series(1, 200) n""");
        dsl.execute("analyze users, activities, activity_day_totals");
        user = dsl.select(min(USERS.ID)).from(USERS).fetchSingle().value1();
    }

    @Test
    void theNewestPageOfOneUserIsReadStraightFromTheLiveIndexInListOrder() {
        String plan = plan(listings.pageQuery(liveListing(user, ActivityFilter.NONE, ActivitySort.DEFAULT), FIRST_PAGE));

        assertThat(plan).contains("activities_live_user_date_idx").doesNotContain("Sort");
    }

    @Test
    void aDateRangeNarrowsTheLiveIndexScan() {
        ActivityFilter march = new ActivityFilter(null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

        String plan = plan(listings.pageQuery(liveListing(user, march, ActivitySort.DEFAULT), FIRST_PAGE));

        assertThat(plan).containsPattern("activities_live_user_date_idx[\\s\\S]*Index Cond: .*activity_date >=");
    }

    /**
     * For each order, both directions: the first page and a page after a cursor deep in the list are
     * read from the order's index without a Sort, and the cursor is an index condition (the scan
     * starts there) rather than a filter over the rows before it. The cursor is a real row's position.
     */
    @ParameterizedTest
    @CsvSource({"activityDate, activities_live_user_date_idx", "-activityDate, activities_live_user_date_idx",
            "durationMinutes, activities_live_user_duration_idx", "-durationMinutes, activities_live_user_duration_idx",
            "distanceKm, activities_live_user_distance_idx", "-distanceKm, activities_live_user_distance_idx",
            "createdAt, activities_live_user_created_idx", "-createdAt, activities_live_user_created_idx"})
    void everyOrderIsReadFromItsIndexAndAKeysetPageStartsAtItsCursor(String order, String index) {
        ActivitySort sort = ActivitySort.parse(order);
        ActivityListingQueries.Listing listing = liveListing(user, ActivityFilter.NONE, sort);
        Activity deep = activities.findLive(user, ActivityFilter.NONE, sort, new PageRequest(7, 20)).items().getFirst();

        String first = plan(listings.pageQuery(listing, FIRST_PAGE));
        String keyset = plan(listings.keysetQuery(listing, sort, sort.key().positionOf(deep), 20));

        assertThat(first).contains(index).doesNotContain("Sort");
        assertThat(keyset).contains(index).doesNotContain("Sort")
                .containsPattern("Index Cond: .*ROW\\(");
        assertThat(keyset).doesNotContainPattern("Filter: .*ROW\\(");
    }

    @Test
    void countingTheListReadsTheUsersPerDayTotalsNotTheirActivities() {
        String plan = plan(listings.liveCountQuery(user, ActivityFilter.NONE));

        assertThat(plan).contains("activity_day_totals_pkey").doesNotContain("on activities ");
    }

    @Test
    void statisticsReadTheRequestedDatesOfThePerDayTotals() {
        StatsRange march = new StatsRange(StatsPeriod.WEEK, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

        String plan = plan(new JooqActivityTotals(dsl).sumQuery(user, march));

        // Index-only or bitmap depends on the server's visibility map; either way only the range is read.
        assertThat(plan).containsPattern("activity_day_totals_pkey[\\s\\S]*Index Cond: .*activity_date >=")
                .doesNotContain("on activities ");
    }

    @Test
    void deletingAnAccountFindsItsActivitiesByIndex() {
        // What ON DELETE CASCADE runs for each deleted account.
        String plan = plan(dsl.deleteFrom(ACTIVITIES).where(ACTIVITIES.USER_ID.eq(user)));

        assertThat(plan).contains("activities_user_deleted_idx").doesNotContain("Seq Scan on activities");
    }

    private static String plan(Query query) {
        return dsl.explain(query).plan();
    }
}
