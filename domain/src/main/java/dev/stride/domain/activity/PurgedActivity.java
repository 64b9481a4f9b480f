package dev.stride.domain.activity;

/** An activity the retention purge removed, and whose it was. */
public record PurgedActivity(long activityId, long ownerId) {
}
