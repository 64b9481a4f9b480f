package dev.stride.application.activity;

import dev.stride.domain.activity.ActivityDetails;

import java.time.Clock;
import java.time.LocalDate;

/** The date rule that depends on today: an activity may be dated at most one day after the server's UTC date. */
final class ActivityDates {

    private ActivityDates() {
    }

    static void requireLoggable(ActivityDetails details, Clock clock) {
        details.requireNotAfter(LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)).plusDays(1));
    }
}
