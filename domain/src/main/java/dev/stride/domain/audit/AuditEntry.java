package dev.stride.domain.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit trail: who ({@code actorId}, null for the system's retention job) did what
 * to which row ({@code subjectType}, {@code subjectId}) belonging to whom ({@code ownerId}), when,
 * and from which address ({@code sourceIp}; null when no request caused it).
 */
public record AuditEntry(Long actorId, AuditAction action, String subjectType, long subjectId, Long ownerId, Instant at,
                         String sourceIp) {

    public static final String USER = "user";
    public static final String ACTIVITY = "activity";

    public AuditEntry {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(at, "at");
    }

    /** An entry no request caused, or whose source is not recorded. */
    public AuditEntry(Long actorId, AuditAction action, String subjectType, long subjectId, Long ownerId, Instant at) {
        this(actorId, action, subjectType, subjectId, ownerId, at, null);
    }

    public AuditEntry from(String sourceIp) {
        return new AuditEntry(actorId, action, subjectType, subjectId, ownerId, at, sourceIp);
    }

    public static AuditEntry ofUser(Long actorId, AuditAction action, long userId, Instant at) {
        return new AuditEntry(actorId, action, USER, userId, userId, at);
    }

    public static AuditEntry ofActivity(Long actorId, AuditAction action, long activityId, long ownerId, Instant at) {
        return new AuditEntry(actorId, action, ACTIVITY, activityId, ownerId, at);
    }
}
