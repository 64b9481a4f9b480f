package dev.stride.application.event;

import dev.stride.domain.activity.Activity;

import java.util.Objects;

/**
 * What a committed write changed. A use case records its events inside its transaction
 * ({@link UnitOfWork}); the {@link EventSubscriber}s hear of them once it has committed. Subscribers
 * switch over this sealed type without a default, so a new kind of event makes each of them decide
 * what it means for it.
 */
public sealed interface DomainEvent {

    /**
     * An activity was created, updated or restored, and is now {@code activity}: the row as the write
     * returned it, so that a subscriber can use it without reading it again.
     */
    record ActivityWritten(Activity activity) implements DomainEvent {

        public ActivityWritten {
            Objects.requireNonNull(activity, "activity");
        }
    }

    /** Which activities the user has changed otherwise: some were deleted, imported or purged, or came back with the account. */
    record ActivitiesChanged(long userId) implements DomainEvent {
    }

    /** The account was closed: none of its sessions or access tokens may work any more, and its data is hidden. */
    record AccountClosed(long userId) implements DomainEvent {
    }

    /** The account's password changed: every session but {@code keptSessionId} (every one when null) must end. */
    record PasswordChanged(long userId, String keptSessionId) implements DomainEvent {
    }

    /** An admin changed someone's data (the change carries its own audit entry). */
    record AdminActed(long adminId) implements DomainEvent {
    }
}
