package dev.stride.adapters.web.activity;

import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivityPosition;
import dev.stride.domain.activity.ActivitySort;

/** What a keyset cursor stands for: whose list, in which order, narrowed how, and the position to continue after. */
record ListingCursor(long userId, ActivitySort sort, ActivityFilter filter, ActivityPosition after) {
}
