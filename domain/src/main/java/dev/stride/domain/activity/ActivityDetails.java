package dev.stride.domain.activity;

import dev.stride.domain.shared.ValidationException;
import dev.stride.domain.shared.Violations;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a user says about one activity: everything a client may write. Optional fields are null
 * when absent. The constructor enforces every invariant that does not depend on today's date;
 * {@link #requireNotAfter(LocalDate)} checks the one that does.
 */
public record ActivityDetails(
        ActivityType activityType,
        String title,
        String description,
        Integer durationMinutes,
        BigDecimal distanceKm,
        Integer caloriesBurned,
        String notes,
        LocalDate activityDate) {

    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final BigDecimal MAX_DISTANCE_KM = BigDecimal.valueOf(1000);

    public ActivityDetails {
        new Violations()
                .notNull(activityType, "activityType")
                .maxLength(title, 255, "title")
                .storableText(title, "title")
                .maxLength(description, 1000, "description")
                .storableText(description, "description")
                .notNull(durationMinutes, "durationMinutes")
                .between(durationMinutes, 1, 1440, "durationMinutes")
                .require(distanceKm == null || (distanceKm.signum() >= 0 && distanceKm.compareTo(MAX_DISTANCE_KM) <= 0),
                        "distanceKm", "must be between 0 and 1000")
                .require(distanceKm == null || distanceKm.stripTrailingZeros().scale() <= 3,
                        "distanceKm", "must have at most 3 decimals")
                .between(caloriesBurned, 0, 20_000, "caloriesBurned")
                .maxLength(notes, 2000, "notes")
                .storableText(notes, "notes")
                .notNull(activityDate, "activityDate")
                .require(activityDate == null || !activityDate.isBefore(EARLIEST_DATE),
                        "activityDate", "must be on or after " + EARLIEST_DATE)
                .throwIfAny();
        // One canonical scale, so equal distances compare equal whatever the input looked like.
        distanceKm = distanceKm == null ? null : distanceKm.setScale(3);
    }

    /** Activities are logged after the fact: nothing later than {@code latest} (tomorrow, for time zones ahead of UTC). */
    public void requireNotAfter(LocalDate latest) {
        if (activityDate.isAfter(latest)) {
            throw ValidationException.of("activityDate", "must not be after " + latest);
        }
    }
}
