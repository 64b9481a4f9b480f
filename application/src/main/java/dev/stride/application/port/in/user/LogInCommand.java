package dev.stride.application.port.in.user;

import dev.stride.domain.shared.Violations;

/**
 * Credentials as typed; never validated beyond what no account can match, so a login reveals
 * nothing about the rules: an email that could not even be stored (a NUL character), or a password
 * that cannot be hashed (an unpaired surrogate has no UTF-8 form), is bad input.
 */
public record LogInCommand(String email, String password, String sourceIp) {

    /** Credentials from a source that is not known (audit entries name none). */
    public LogInCommand(String email, String password) {
        this(email, password, null);
    }

    public LogInCommand {
        new Violations().storableText(email, "email").storableText(password, "password").throwIfAny();
    }

    @Override
    public String toString() {
        return "LogInCommand[email=" + email + "]";
    }
}
