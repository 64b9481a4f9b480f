package dev.stride.adapters.persistence;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.NewUser;
import dev.stride.domain.user.Role;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static dev.stride.adapters.persistence.jooq.Tables.ACTIVITIES;
import static dev.stride.adapters.persistence.jooq.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-day totals (V3) are what statistics and list totals read, so after any mix of writes
 * they must equal what aggregating the live activities would give, row for row, with no row left
 * for a day that has nothing live any more.
 */
class ActivityDayTotalsTest {

    private static final DSLContext dsl = TestDatabase.dsl();
    private static final LocalDate START = LocalDate.of(2026, 3, 1);
    private static final ActivityType[] TYPES = {ActivityType.RUNNING, ActivityType.CYCLING, ActivityType.SWIMMING};

    private final JooqActivityRepository activities = new JooqActivityRepository(dsl);
    private final JooqUserRepository users = new JooqUserRepository(dsl);
    private final Random random = new Random(42);
    private final Instant now = Instant.parse("2026-11-20T10:00:00Z");

    @BeforeEach
    void startEmpty() {
        TestDatabase.empty();
    }

    @Test
    void everyWritePathKeepsTheTotalsEqualToTheLiveActivities() {
        long ann = newUser("ann");
        long bob = newUser("bob");
        List<Activity> logged = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            logged.add(activities.insert(i % 2 == 0 ? ann : bob, randomDetails(), now));
        }
        for (Activity activity : logged.subList(0, 100)) {
            activities.update(activity.userId(), activity.id(), randomDetails(), activity.version(), now);
        }
        for (Activity activity : logged.subList(100, 160)) {
            activities.softDelete(activity.userId(), activity.id(), now);
        }
        for (Activity activity : logged.subList(100, 130)) {
            activities.restore(activity.userId(), activity.id(), now);
        }
        for (Activity activity : logged.subList(160, 180)) {
            activities.deletePermanently(activity.id());
        }
        activities.purgeDeletedBefore(now.plus(1, ChronoUnit.DAYS), 1000);
        // One statement changing many rows at once, across days and types.
        dsl.update(ACTIVITIES).set(ACTIVITIES.ACTIVITY_DATE, ACTIVITIES.ACTIVITY_DATE.plus(1))
                .where(ACTIVITIES.ID.mod(3L).eq(0L)).execute();

        assertThat(totals()).isNotEmpty().containsExactlyInAnyOrderElementsOf(aggregatedLiveActivities());
    }

    @Test
    void aDayWithNothingLiveLeftKeepsNoRow() {
        long ann = newUser("ann");
        Activity only = activities.insert(ann, details(ActivityType.ROWING, START, 30, "5.000"), now);

        activities.softDelete(ann, only.id(), now);

        assertThat(totals()).isEmpty();
    }

    @Test
    void deletingAnAccountForGoodTakesItsTotalsWithIt() {
        long ann = newUser("ann");
        long bob = newUser("bob");
        activities.insert(ann, randomDetails(), now);
        activities.insert(bob, randomDetails(), now);

        // Its live activities go by ON DELETE CASCADE, whose trigger must not resurrect ann's totals.
        dsl.deleteFrom(USERS).where(USERS.ID.eq(ann)).execute();

        assertThat(totals()).containsExactlyInAnyOrderElementsOf(aggregatedLiveActivities())
                .allSatisfy(row -> assertThat(row.get(0)).isEqualTo(bob));
    }

    @Test
    void concurrentWritersOnTheSameDayAreAllCounted() throws Exception {
        long ann = newUser("ann");
        ExecutorService writers = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Activity>> inserts = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                inserts.add(() -> activities.insert(ann, details(ActivityType.RUNNING, START, 10, "1.500"), now));
            }
            for (var insert : writers.invokeAll(inserts)) {
                insert.get();
            }
        } finally {
            writers.shutdown();
        }

        assertThat(totals()).containsExactly(List.of(ann, START, "RUNNING", 200L, 2000L, new BigDecimal("300.000")));
    }

    private List<List<Object>> totals() {
        return rows(dsl.fetch("""
                select user_id, activity_date, activity_type, activity_count::bigint, duration_minutes::bigint, distance_km::numeric(15, 3)
                from activity_day_totals"""));
    }

    private List<List<Object>> aggregatedLiveActivities() {
        return rows(dsl.fetch("""
                select user_id, activity_date, activity_type, count(*)::bigint, sum(duration_minutes)::bigint,
                       coalesce(sum(distance_km), 0)::numeric(15, 3)
                from activities where deleted_at is null
                group by user_id, activity_date, activity_type"""));
    }

    private static List<List<Object>> rows(Result<?> result) {
        return result.map(record -> List.of(record.get(0, Long.class), record.get(1, LocalDate.class),
                record.get(2, String.class), record.get(3, Long.class), record.get(4, Long.class),
                record.get(5, BigDecimal.class)));
    }

    private ActivityDetails randomDetails() {
        String distance = random.nextInt(4) == 0 ? null : random.nextInt(20_000) / 1000 + "." + random.nextInt(10);
        return details(TYPES[random.nextInt(TYPES.length)], START.plusDays(random.nextInt(20)),
                1 + random.nextInt(200), distance);
    }

    private static ActivityDetails details(ActivityType type, LocalDate date, int minutes, String distanceKm) {
        return new ActivityDetails(type, null, null, minutes, distanceKm == null ? null : new BigDecimal(distanceKm),
                null, null, date);
    }

    private long newUser(String name) {
        return users.insert(new NewUser(new Email(name + "@example.org"), "hash", name, Role.USER, Instant.EPOCH)).id();
    }
}
