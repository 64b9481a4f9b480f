package dev.stride.application.port.in;

import dev.stride.domain.shared.Violations;

/**
 * Credentials as typed; never validated beyond what no account can match, so a login reveals
 * nothing about the rules: an email that could not even be stored (a NUL character) is bad input.
 */
public record LogInCommand(String email, String password) {

    public LogInCommand {
        new Violations().storableText(email, "email").throwIfAny();
    }

    @Override
    public String toString() {
        return "LogInCommand[email=" + email + "]";
    }
}
