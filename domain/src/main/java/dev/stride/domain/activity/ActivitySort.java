package dev.stride.domain.activity;

import dev.stride.domain.shared.ValidationException;

import java.util.Comparator;
import java.util.Objects;

/** The order of a listing: a key, ascending or descending; ties are broken by the id in the same direction. */
public record ActivitySort(SortKey key, boolean descending) {

    /** Newest {@code activityDate} first, then highest id first. */
    public static final ActivitySort DEFAULT = new ActivitySort(SortKey.ACTIVITY_DATE, true);

    public ActivitySort {
        Objects.requireNonNull(key, "key");
    }

    /** {@code activityDate}, {@code -durationMinutes}, ...; null means the default order. */
    public static ActivitySort parse(String text) {
        if (text == null) {
            return DEFAULT;
        }
        boolean descending = text.startsWith("-");
        return SortKey.byFieldName(descending ? text.substring(1) : text)
                .map(key -> new ActivitySort(key, descending))
                .orElseThrow(() -> ValidationException.of("sort",
                        "must be one of activityDate, durationMinutes, distanceKm, createdAt, each optionally prefixed with -"));
    }

    /** This order as a comparator of activities. */
    public Comparator<Activity> comparator() {
        Comparator<Activity> ascending = Comparator.comparing(key::positionOf, ActivityPosition.ASCENDING);
        return descending ? ascending.reversed() : ascending;
    }

    /** Whether the activity comes after the position in this order. */
    public boolean isAfter(Activity activity, ActivityPosition position) {
        int ascending = ActivityPosition.ASCENDING.compare(key.positionOf(activity), position);
        return descending ? ascending < 0 : ascending > 0;
    }

    public boolean isDefault() {
        return equals(DEFAULT);
    }

    /** The form {@link #parse} reads. */
    @Override
    public String toString() {
        return (descending ? "-" : "") + key.fieldName();
    }
}
