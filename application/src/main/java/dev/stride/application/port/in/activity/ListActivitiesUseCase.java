package dev.stride.application.port.in.activity;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivityPosition;
import dev.stride.domain.activity.ActivitySort;
import dev.stride.domain.shared.Page;
import dev.stride.domain.shared.PageRequest;
import dev.stride.domain.shared.Slice;

public interface ListActivitiesUseCase {

    /** A numbered page in the sort's order. */
    Page<Activity> list(long userId, ActivityFilter filter, ActivitySort sort, PageRequest page);

    /** The {@code page.size()} activities that follow {@code after} in the sort's order (keyset pagination). */
    Slice<Activity> listAfter(long userId, ActivityFilter filter, ActivitySort sort, ActivityPosition after,
                              PageRequest page);
}
