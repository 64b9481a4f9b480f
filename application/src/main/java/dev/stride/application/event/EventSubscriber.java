package dev.stride.application.event;

/**
 * Hears of committed writes: the cache, the session store and the security metrics each subscribe.
 * It is called on the writer's thread after the commit and before the use case returns, so whoever
 * reads after the response sees what the subscribers did. The write has committed whatever happens
 * here: a subscriber handles its own dependency's failures (a Redis outage) the way its feature
 * needs; anything else it throws reaches the writer once every subscriber has heard every event.
 */
@FunctionalInterface
public interface EventSubscriber {

    void on(DomainEvent event);
}
