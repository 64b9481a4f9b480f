package dev.stride.domain.session;

/** What spending a refresh token found. */
public sealed interface SpendOutcome {

    /** The token was live and is now spent. */
    record Spent(Session session) implements SpendOutcome {
    }

    /** The token had been spent before: a replay, so the whole family must be revoked. */
    record Reused(long userId, String familyId) implements SpendOutcome {
    }

    /** No live session has this token: never issued, expired, or its family was revoked. */
    record Unknown() implements SpendOutcome {
    }

    SpendOutcome UNKNOWN = new Unknown();
}
