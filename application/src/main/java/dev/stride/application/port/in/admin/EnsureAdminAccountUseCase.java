package dev.stride.application.port.in.admin;

import dev.stride.domain.shared.ValidationException;

/** Run at start-up by every instance. */
public interface EnsureAdminAccountUseCase {

    /**
     * Creates the admin account unless a live account already has this email. Safe to run again and
     * from several instances at once.
     *
     * @throws ValidationException when the email or the password breaks the registration rules
     */
    Outcome ensureAdmin(String email, String password);

    enum Outcome {
        CREATED,
        /** A live admin account already has the email. */
        ALREADY_EXISTS,
        /** A live account that is not an admin has the email; it is left as it is. */
        TAKEN_BY_NON_ADMIN
    }
}
