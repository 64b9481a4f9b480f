package dev.stride.domain.activity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a listing can be ordered by, named as in the activity JSON. The id breaks ties. A missing
 * {@code distanceKm} sorts below every distance (0 included): first going up, last going down.
 */
public enum SortKey {

    ACTIVITY_DATE("activityDate", a -> a.details().activityDate(), LocalDate::parse),
    DURATION_MINUTES("durationMinutes", a -> a.details().durationMinutes(), Integer::valueOf),
    DISTANCE_KM("distanceKm", a -> a.details().distanceKm(), BigDecimal::new),
    CREATED_AT("createdAt", Activity::createdAt, Instant::parse);

    private final String fieldName;
    private final Function<Activity, Comparable<?>> value;
    private final Function<String, Comparable<?>> parser;

    SortKey(String fieldName, Function<Activity, Comparable<?>> value, Function<String, Comparable<?>> parser) {
        this.fieldName = fieldName;
        this.value = value;
        this.parser = parser;
    }

    public String fieldName() {
        return fieldName;
    }

    public static Optional<SortKey> byFieldName(String name) {
        for (SortKey key : values()) {
            if (key.fieldName.equals(name)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    /** Where an activity stands in this order. */
    public ActivityPosition positionOf(Activity activity) {
        return new ActivityPosition(this, value.apply(activity), activity.id());
    }

    /** The value of {@link Comparable#toString()} of this key's values back; empty when it is not one. */
    Optional<Comparable<?>> parse(String text) {
        try {
            return Optional.of(parser.apply(text));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
