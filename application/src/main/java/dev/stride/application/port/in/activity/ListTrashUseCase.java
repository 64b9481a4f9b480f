package dev.stride.application.port.in.activity;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.shared.Page;
import dev.stride.domain.shared.PageRequest;

public interface ListTrashUseCase {

    /** The user's soft-deleted activities, most recently deleted first. */
    Page<Activity> listTrash(long userId, PageRequest page);
}
