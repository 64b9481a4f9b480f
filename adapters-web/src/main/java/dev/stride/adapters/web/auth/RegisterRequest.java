package dev.stride.adapters.web.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.stride.application.port.in.user.RegisterUserCommand;

/** A sign-up. Unknown properties (a {@code role}, say) are ignored: every new account is a USER. */
@JsonIgnoreProperties(ignoreUnknown = true)
record RegisterRequest(String email, String password, String displayName) {

    RegisterUserCommand toCommand() {
        return RegisterUserCommand.of(email, password, displayName);
    }

    @Override
    public String toString() {
        return "RegisterRequest[email=" + email + ", displayName=" + displayName + "]";
    }
}
