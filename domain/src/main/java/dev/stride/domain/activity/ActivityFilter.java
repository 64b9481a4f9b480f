package dev.stride.domain.activity;

import dev.stride.domain.shared.ValidationException;
import dev.stride.domain.shared.Violations;

import java.time.LocalDate;

/** Narrows a listing; each part is optional (null). Dates are inclusive. */
public record ActivityFilter(ActivityType type, LocalDate from, LocalDate to) {

    public static final ActivityFilter NONE = new ActivityFilter(null, null, null);

    public ActivityFilter {
        new Violations().queryDate(from, "from").queryDate(to, "to").throwIfAny();
        if (from != null && to != null && from.isAfter(to)) {
            throw ValidationException.of("from", "must not be after 'to'");
        }
    }
}
