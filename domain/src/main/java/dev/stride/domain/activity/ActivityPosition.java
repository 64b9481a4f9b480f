package dev.stride.domain.activity;

import dev.stride.domain.shared.ValidationException;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where an activity stands in the order of one {@link SortKey}: its value of the key (null only for
 * a missing distance) and its id. A keyset page starts right after a position.
 */
public record ActivityPosition(SortKey key, Comparable<?> value, long id) {

    /** Ascending: by value, a missing value below every other one, then by id. */
    public static final Comparator<ActivityPosition> ASCENDING = ActivityPosition::compareAscending;

    public ActivityPosition {
        Objects.requireNonNull(key, "key");
        if (value == null && key != SortKey.DISTANCE_KM) {
            throw new IllegalArgumentException(key.fieldName() + " is never missing");
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareAscending(ActivityPosition a, ActivityPosition b) {
        int byValue = Comparator.nullsFirst(Comparator.<Comparable>naturalOrder())
                .compare((Comparable) a.value, (Comparable) b.value);
        return byValue != 0 ? byValue : Long.compare(a.id, b.id);
    }

    /** The value as text (null when missing), the form {@link #of} reads back. */
    public String valueText() {
        return value == null ? null : value.toString();
    }

    /** @throws ValidationException when the text is not a value of the key */
    public static ActivityPosition of(SortKey key, String valueText, long id) {
        if (valueText == null) {
            return new ActivityPosition(key, null, id);
        }
        return new ActivityPosition(key, key.parse(valueText).orElseThrow(
                () -> ValidationException.of("cursor", "is not a position in this order")), id);
    }
}
