package dev.stride.domain.session;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The ids of login families. An id names the instant of the login that started the family
 * ({@code <epoch ms>.<random UUID>}), so that a family's absolute lifetime needs nothing else
 * stored: the session store keeps ids as opaque strings.
 */
public final class LoginFamily {

    private LoginFamily() {
    }

    public static String newId(Instant loggedInAt) {
        return loggedInAt.toEpochMilli() + "." + UUID.randomUUID();
    }

    /** When the family's login happened; empty for an id without that part (issued before ids carried it). */
    public static Optional<Instant> loggedInAt(String familyId) {
        int dot = familyId.indexOf('.');
        try {
            return dot > 0 ? Optional.of(Instant.ofEpochMilli(Long.parseLong(familyId.substring(0, dot)))) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
