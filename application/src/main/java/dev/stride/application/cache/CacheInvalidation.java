package dev.stride.application.cache;

import dev.stride.application.event.DomainEvent;
import dev.stride.application.event.DomainEvent.AccountClosed;
import dev.stride.application.event.DomainEvent.ActivitiesChanged;
import dev.stride.application.event.DomainEvent.ActivityWritten;
import dev.stride.application.event.DomainEvent.AdminActed;
import dev.stride.application.event.DomainEvent.PasswordChanged;
import dev.stride.application.event.EventSubscriber;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.port.ActivityRepository;

/**
 * The cache's subscription: every committed write to a user's activities retires the user's cached
 * reads, and a written activity is stored at once when the activity cache writes through. A Redis
 * that cannot be reached costs no error: {@link CacheAside} keeps the invalidation pending and
 * bypasses the cache until it is delivered.
 */
public final class CacheInvalidation implements EventSubscriber {

    private final ActivityCache cache;
    private final ActivityRepository activities;

    public CacheInvalidation(ActivityCache cache, ActivityRepository activities) {
        this.cache = cache;
        this.activities = activities;
    }

    @Override
    public void on(DomainEvent event) {
        switch (event) {
            case ActivityWritten(Activity written) -> cache.activityChanged(written.userId(), written.id(),
                    () -> activities.findLive(written.userId(), written.id()));
            case ActivitiesChanged(long userId) -> cache.userChanged(userId);
            case AccountClosed(long userId) -> cache.userChanged(userId);
            case PasswordChanged changed -> {
                // nothing cached depends on the password
            }
            case AdminActed acted -> {
                // the change itself comes with an event of its own
            }
        }
    }
}
