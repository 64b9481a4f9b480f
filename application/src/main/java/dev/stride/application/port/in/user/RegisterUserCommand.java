package dev.stride.application.port.in.user;

import dev.stride.domain.shared.Violations;
import dev.stride.domain.user.Email;

/** A sign-up. {@code displayName} is optional; without one the email's local part is used. */
public record RegisterUserCommand(Email email, String password, String displayName) {

    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 128;

    public RegisterUserCommand {
        Violations violations = new Violations().notNull(email, "email");
        requireValidPassword(violations, password);
        violations.throwIfAny();
    }

    /** Parses the email as well, so that a bad address and a bad password are reported together. */
    public static RegisterUserCommand of(String email, String password, String displayName) {
        Violations violations = new Violations();
        Email parsed = violations.capture(() -> new Email(email));
        requireValidPassword(violations, password);
        violations.throwIfAny();
        return new RegisterUserCommand(parsed, password, displayName);
    }

    static void requireValidPassword(Violations violations, String password) {
        violations.notNull(password, "password")
                .require(password == null || password.length() >= MIN_PASSWORD, "password",
                        "must be at least " + MIN_PASSWORD + " characters")
                .maxLength(password, MAX_PASSWORD, "password")
                .storableText(password, "password"); // hashed as UTF-8, which an unpaired surrogate has no form in
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "RegisterUserCommand[email=" + email + ", displayName=" + displayName + "]";
    }
}
