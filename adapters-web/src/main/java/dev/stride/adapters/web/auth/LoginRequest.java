package dev.stride.adapters.web.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.stride.application.port.in.user.LogInCommand;

@JsonIgnoreProperties(ignoreUnknown = true)
record LoginRequest(String email, String password) {

    LogInCommand toCommand(String sourceIp) {
        return new LogInCommand(email, password, sourceIp);
    }

    @Override
    public String toString() {
        return "LoginRequest[email=" + email + "]";
    }
}
