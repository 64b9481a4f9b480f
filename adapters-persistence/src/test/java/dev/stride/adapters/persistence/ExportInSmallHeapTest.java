package dev.stride.adapters.persistence;

import dev.stride.application.activity.ExportActivitiesService;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.NewUser;
import dev.stride.domain.user.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export streams: 100,000 activities whose text alone is several times the heap go through a
 * JVM that could not hold them. Runs in a JVM of its own with a small heap (the {@code small-heap}
 * surefire execution of this module): reading them all at once (no transaction, so no database
 * cursor; no fetch size; {@code fetch()} instead of {@code fetchLazy()}) ends in OutOfMemoryError.
 */
class ExportInSmallHeapTest {

    private static final int ROWS = 100_000;
    private static final int NOTES_LENGTH = 62 * 32; // whole md5 strings, under the 2,000 allowed

    @Test
    void exportsAHundredThousandActivitiesLargerThanTheHeap() {
        long heap = Runtime.getRuntime().maxMemory();
        assertThat((long) ROWS * NOTES_LENGTH).as("the rows' notes alone must dwarf the heap (%d bytes)", heap)
                .isGreaterThan(3 * heap);
        TestDatabase.empty();
        long user = new JooqUserRepository(TestDatabase.dsl())
                .insert(new NewUser(new Email("export@example.org"), "hash", "E", Role.USER, Instant.now())).id();
        TestDatabase.dsl().execute("""
                insert into activities (user_id, activity_type, duration_minutes, activity_date, notes, created_at, updated_at)
                select ?, 'RUNNING', 30, date '2026-01-01' + n % 300, repeat(md5(n::text), ? / 32), now(), now()
                from generate_series(1, ?) n""", user, NOTES_LENGTH, ROWS);
        ExportActivitiesService export = new ExportActivitiesService(new JooqActivityRepository(TestDatabase.dsl()),
                new JooqTransactions(TestDatabase.transactionManager()));

        AtomicLong rows = new AtomicLong();
        AtomicLong characters = new AtomicLong();
        export.export(user, activity -> {
            rows.incrementAndGet();
            characters.addAndGet(activity.details().notes().length());
        });

        assertThat(rows).hasValue(ROWS);
        assertThat(characters).hasValue((long) ROWS * NOTES_LENGTH);
    }
}
