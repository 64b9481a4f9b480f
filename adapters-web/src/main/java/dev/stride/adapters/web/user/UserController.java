package dev.stride.adapters.web.user;

import dev.stride.adapters.web.security.CurrentUser;
import dev.stride.application.port.in.DeleteAccountUseCase;
import dev.stride.application.port.in.GetCurrentUserUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account. */
@Tag(name = "Users", description = "The caller's own account")
@RestController
@RequestMapping(path = "/api/v1/users/me", produces = MediaType.APPLICATION_JSON_VALUE)
class UserController {

    private final GetCurrentUserUseCase currentUser;
    private final DeleteAccountUseCase deleteAccount;

    UserController(GetCurrentUserUseCase currentUser, DeleteAccountUseCase deleteAccount) {
        this.currentUser = currentUser;
        this.deleteAccount = deleteAccount;
    }

    @Operation(summary = "The caller's account")
    @GetMapping
    UserResponse me(CurrentUser user) {
        return UserResponse.of(currentUser.currentUser(user.id()));
    }

    @Operation(summary = "Close the caller's account", description = """
            A soft delete: every session ends, access tokens stop working at once, the account's activities \
            disappear from every read and login answers 401. An admin can restore it until the retention \
            period (30 days by default) has passed; then it is removed for good. Its email is free at once: \
            a new account may register it (and then the old one can no longer be restored).""")
    @ApiResponse(responseCode = "204", description = "Closed")
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void close(CurrentUser user) {
        deleteAccount.deleteAccount(user.id());
    }
}
