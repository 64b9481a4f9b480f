package dev.stride.application.port.in;

/** Credentials as typed; never validated beyond presence, so a login reveals nothing about the rules. */
public record LogInCommand(String email, String password) {

    @Override
    public String toString() {
        return "LogInCommand[email=" + email + "]";
    }
}
