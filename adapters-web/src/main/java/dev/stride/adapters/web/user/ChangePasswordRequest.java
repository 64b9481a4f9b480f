package dev.stride.adapters.web.user;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.stride.application.port.in.user.ChangePasswordCommand;
import io.swagger.v3.oas.annotations.media.Schema;

/** A password change, confirmed with the current password. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ChangePasswordRequest(
        @Schema(description = "The password the account has now", requiredMode = Schema.RequiredMode.REQUIRED)
        String currentPassword,
        @Schema(description = "8 to 128 characters, as at sign-up", requiredMode = Schema.RequiredMode.REQUIRED,
                minLength = 8, maxLength = 128)
        String newPassword) {

    ChangePasswordCommand toCommand(long userId, String sessionId) {
        return new ChangePasswordCommand(userId, sessionId, currentPassword, newPassword);
    }

    @Override
    public String toString() {
        return "ChangePasswordRequest[]";
    }
}
