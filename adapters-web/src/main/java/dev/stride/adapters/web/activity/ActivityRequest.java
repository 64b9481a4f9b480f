package dev.stride.adapters.web.activity;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityType;

import java.math.BigDecimal;
import java.time.LocalDate;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The writable part of an activity, as POST and PUT send it (and as a merge patch is applied to).
 * Absent optional fields are null. Unknown properties, such as {@code id} or {@code createdAt}
 * copied from a response, are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ActivityRequest(
        @Schema(requiredMode = REQUIRED) ActivityType activityType,
        @Schema(maxLength = 255, example = "Morning run") String title,
        @Schema(maxLength = 1000, example = "river loop") String description,
        @Schema(requiredMode = REQUIRED, minimum = "1", maximum = "1440", example = "45") Integer durationMinutes,
        @Schema(minimum = "0", maximum = "1000", description = "At most 3 decimals", example = "10.5") BigDecimal distanceKm,
        @Schema(minimum = "0", maximum = "20000", example = "520") Integer caloriesBurned,
        @Schema(maxLength = 2000, description = "Stored verbatim", example = "easy pace") String notes,
        @Schema(requiredMode = REQUIRED, description = "From 1900-01-01 up to tomorrow (UTC)", example = "2026-11-20")
        LocalDate activityDate) {

    /** @throws dev.stride.domain.shared.ValidationException listing every invalid field */
    ActivityDetails toDetails() {
        return new ActivityDetails(activityType, title, description, durationMinutes, distanceKm, caloriesBurned,
                notes, activityDate);
    }

    static ActivityRequest of(ActivityDetails details) {
        return new ActivityRequest(details.activityType(), details.title(), details.description(),
                details.durationMinutes(), details.distanceKm(), details.caloriesBurned(), details.notes(),
                details.activityDate());
    }
}
