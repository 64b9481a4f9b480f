package dev.stride.application.port.in.activity;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;

public interface CreateActivityUseCase {

    Activity create(long userId, ActivityDetails details);
}
