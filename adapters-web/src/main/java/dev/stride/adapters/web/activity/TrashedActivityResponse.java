package dev.stride.adapters.web.activity;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.stride.domain.activity.Activity;

import java.time.Instant;

/** An activity in the trash: the activity's own fields plus when it was deleted. */
record TrashedActivityResponse(@JsonUnwrapped ActivityResponse activity, Instant deletedAt) {

    static TrashedActivityResponse of(Activity activity) {
        return new TrashedActivityResponse(ActivityResponse.of(activity), activity.deletedAt());
    }
}
