package dev.stride.adapters.web.activity;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An activity as the API shows it; absent optional fields are written as null. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ActivityResponse(
        long id,
        ActivityType activityType,
        String title,
        String description,
        int durationMinutes,
        BigDecimal distanceKm,
        Integer caloriesBurned,
        String notes,
        LocalDate activityDate,
        Instant createdAt,
        Instant updatedAt) {

    static ActivityResponse of(Activity activity) {
        ActivityDetails details = activity.details();
        return new ActivityResponse(activity.id(), details.activityType(), details.title(), details.description(),
                details.durationMinutes(), plain(details.distanceKm()), details.caloriesBurned(), details.notes(),
                details.activityDate(), activity.createdAt(), activity.updatedAt());
    }

    /** Stored with three decimals; shown without trailing zeros (10.5, not 10.500) and never in exponent form. */
    private static BigDecimal plain(BigDecimal distance) {
        if (distance == null) {
            return null;
        }
        BigDecimal stripped = distance.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
