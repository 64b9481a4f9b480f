package dev.stride.domain.port;

import dev.stride.domain.session.Session;
import dev.stride.domain.session.SessionStoreUnavailableException;
import dev.stride.domain.session.SpendOutcome;

import java.time.Instant;
import java.util.Optional;

/**
 * Server-side session storage: refresh tokens by hash, grouped in login families, each kept until
 * it expires; and, for accounts that were closed, the instant before which their access tokens no
 * longer count. Every method may throw {@link SessionStoreUnavailableException}.
 */
public interface SessionStore {

    /** Stores the first session of a new family (a login), until {@code session.expiresAt()}. */
    void create(Session session);

    /**
     * Spends a token, atomically: of two concurrent spends of one token, exactly one sees
     * {@link SpendOutcome.Spent}. A spent token is remembered until it would have expired, so that a
     * replay is recognised as {@link SpendOutcome.Reused}; a token of a revoked family is
     * {@link SpendOutcome.Unknown}.
     */
    SpendOutcome spend(String tokenHash);

    /**
     * Spends a token like {@link #spend} and, only if that succeeded, stores its successor in the
     * same family, in the same atomic step (so a family revoked meanwhile never gains a live token).
     */
    SpendOutcome rotate(String tokenHash, String successorHash, Instant successorExpiresAt);

    /** Every token of the family, spent or not, stops working. */
    void revokeFamily(long userId, String familyId);

    /** Every family of the user is revoked. */
    void revokeAllOf(long userId);

    /**
     * Access tokens of the user issued at or before {@code cutoff} (millisecond precision) no longer
     * count. The mark may be forgotten after {@code keepUntil}, when no such token can be accepted
     * any more. It is never lifted early: restoring an account must not revive its old tokens.
     */
    void revokeAccessIssuedBefore(long userId, Instant cutoff, Instant keepUntil);

    /** The latest cutoff set by {@link #revokeAccessIssuedBefore}, if it is still kept. */
    Optional<Instant> accessRevokedBefore(long userId);
}
