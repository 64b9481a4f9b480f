package dev.stride.adapters.persistence;

import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.shared.PageRequest;
import dev.stride.domain.stats.StatsPeriod;
import dev.stride.domain.stats.StatsRange;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.stride.adapters.persistence.JooqActivityRepository.liveListing;
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

    @BeforeAll
    static void manyUsersWithManyActivities() {
        TestDatabase.empty();
        dsl.execute("""
                insert into users (email, password_hash, display_name, role, created_at)
                select 'user' || n || '@example.org', 'hash', 'User', 'USER', now() from generate_series(1, 50) n""");
        dsl.execute("""
                insert into activities (user_id, activity_type, duration_minutes, activity_date, created_at, updated_at,
                                        deleted_at)
                select u.id, case when n % 3 = 0 then 'RUNNING' else 'CYCLING' end, 30, date '2026-01-01' + n % 300,
                       now(), now(), case when n % 10 = 0 then now() end
                from users u, generate_series(1, 200) n""");
        dsl.execute("analyze users, activities, activity_day_totals");
        user = dsl.select(min(USERS.ID)).from(USERS).fetchSingle().value1();
    }

    @Test
    void theNewestPageOfOneUserIsReadStraightFromTheLiveIndexInListOrder() {
        String plan = plan(activities.pageQuery(liveListing(user, ActivityFilter.NONE), FIRST_PAGE));

        assertThat(plan).contains("activities_live_user_date_idx").doesNotContain("Sort");
    }

    @Test
    void aDateRangeNarrowsTheLiveIndexScan() {
        ActivityFilter march = new ActivityFilter(null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

        String plan = plan(activities.pageQuery(liveListing(user, march), FIRST_PAGE));

        assertThat(plan).containsPattern("activities_live_user_date_idx[\\s\\S]*Index Cond: .*activity_date >=");
    }

    @Test
    void countingTheListReadsTheUsersPerDayTotalsNotTheirActivities() {
        String plan = plan(activities.liveCountQuery(user, ActivityFilter.NONE));

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
