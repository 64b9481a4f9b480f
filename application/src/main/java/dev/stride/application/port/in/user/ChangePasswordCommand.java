package dev.stride.application.port.in.user;

import dev.stride.domain.shared.FieldViolation;
import dev.stride.domain.shared.ValidationException;
import dev.stride.domain.shared.Violations;

import java.util.List;

/**
 * A password change by the signed-in user, confirmed with the current password. The new password
 * follows the rules of a sign-up. {@code sessionId} is the caller's session (may be null): it is
 * spared when every other session is revoked.
 */
public record ChangePasswordCommand(long userId, String sessionId, String currentPassword, String newPassword) {

    public ChangePasswordCommand {
        // an unpaired surrogate has no UTF-8 form to hash, so it could be nobody's password
        Violations violations = new Violations().notNull(currentPassword, "currentPassword")
                .storableText(currentPassword, "currentPassword");
        violations.capture(() -> {
            validNewPassword(newPassword);
            return null;
        });
        violations.throwIfAny();
    }

    /** The sign-up's rules, reported under this request's field name. */
    private static void validNewPassword(String password) {
        try {
            Violations violations = new Violations();
            RegisterUserCommand.requireValidPassword(violations, password);
            violations.throwIfAny();
        } catch (ValidationException e) {
            throw new ValidationException(renamed(e.violations()));
        }
    }

    private static List<FieldViolation> renamed(List<FieldViolation> violations) {
        return violations.stream().map(v -> new FieldViolation("newPassword", v.message())).toList();
    }

    /** Never prints a password. */
    @Override
    public String toString() {
        return "ChangePasswordCommand[userId=" + userId + ", sessionId=" + sessionId + "]";
    }
}
