package dev.stride.adapters.persistence;

import dev.stride.adapters.persistence.jooq.tables.records.ActivitiesRecord;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityType;

/** Between rows of {@code activities} and the domain's activities. */
final class ActivityMapper {

    private ActivityMapper() {
    }

    /** The columns a client writes, every one marked as changed (so null clears a column on update). */
    static ActivitiesRecord detailsRecord(ActivityDetails details) {
        ActivitiesRecord row = new ActivitiesRecord();
        row.setActivityType(details.activityType().name());
        row.setTitle(details.title());
        row.setDescription(details.description());
        row.setDurationMinutes(details.durationMinutes());
        row.setDistanceKm(details.distanceKm());
        row.setCaloriesBurned(details.caloriesBurned());
        row.setNotes(details.notes());
        row.setActivityDate(details.activityDate());
        return row;
    }

    static Activity toActivity(ActivitiesRecord row) {
        ActivityDetails details = new ActivityDetails(
                ActivityType.valueOf(row.getActivityType()),
                row.getTitle(),
                row.getDescription(),
                row.getDurationMinutes(),
                row.getDistanceKm(),
                row.getCaloriesBurned(),
                row.getNotes(),
                row.getActivityDate());
        return new Activity(row.getId(), row.getUserId(), details, row.getVersion(),
                row.getCreatedAt(), row.getUpdatedAt(), row.getDeletedAt());
    }
}
