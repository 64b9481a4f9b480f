package dev.stride.adapters.web.user;

import dev.stride.adapters.web.security.CurrentUser;
import dev.stride.application.port.in.user.ChangeDisplayNameUseCase;
import dev.stride.application.port.in.user.ChangePasswordUseCase;
import dev.stride.application.port.in.user.DeleteAccountUseCase;
import dev.stride.application.port.in.user.GetCurrentUserUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The caller's own account. */
@Tag(name = "Users", description = "The caller's own account")
@RestController
@RequestMapping(path = "/api/v1/users/me", produces = MediaType.APPLICATION_JSON_VALUE)
class UserController {

    static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private final GetCurrentUserUseCase currentUser;
    private final DeleteAccountUseCase deleteAccount;
    private final ChangeDisplayNameUseCase changeDisplayName;
    private final ChangePasswordUseCase changePassword;

    UserController(GetCurrentUserUseCase currentUser, DeleteAccountUseCase deleteAccount,
                   ChangeDisplayNameUseCase changeDisplayName, ChangePasswordUseCase changePassword) {
        this.currentUser = currentUser;
        this.deleteAccount = deleteAccount;
        this.changeDisplayName = changeDisplayName;
        this.changePassword = changePassword;
    }

    @Operation(summary = "The caller's account")
    @GetMapping
    UserResponse me(CurrentUser user) {
        return UserResponse.of(currentUser.currentUser(user.id()));
    }

    @Operation(summary = "Change the caller's display name", description = """
            An RFC 7396 JSON Merge Patch (`application/merge-patch+json`, plain JSON accepted too) of the account. \
            `displayName` (1 to 100 characters, not blank) is the only field changed here: `id`, `email`, `role` or \
            `createdAt` in the patch is a 400 (`validation`), and so is `"displayName": null` (an account always has \
            a name). Other members are ignored; a patch without `displayName` changes nothing. Audited.""")
    @ApiResponse(responseCode = "200", description = "The account as it is now")
    @PatchMapping(consumes = {MERGE_PATCH_JSON, MediaType.APPLICATION_JSON_VALUE})
    UserResponse patch(CurrentUser user,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The fields to change", content = {
                    @Content(mediaType = MERGE_PATCH_JSON, schema = @Schema(implementation = UserPatch.class)),
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = UserPatch.class))})
            @RequestBody JsonNode patch) {
        return UserPatch.displayNameIn(patch)
                .map(name -> UserResponse.of(changeDisplayName.changeDisplayName(user.id(), name)))
                .orElseGet(() -> me(user));
    }

    @Operation(summary = "Change the caller's password", description = """
            Confirmed with the current password; the new one follows the sign-up rules (8 to 128 characters). \
            Every other session of the user ends (their refresh tokens get 401), and every access token issued \
            before the change stops working, the caller's own included: the caller's session stays, so the caller \
            refreshes (`POST /api/v1/auth/refresh` with its refresh token) and carries on. A wrong current password \
            is a 403 and counts as a failed login for the per-account failed-login limit. Audited.""")
    @ApiResponse(responseCode = "204", description = "Changed")
    @ApiResponse(responseCode = "403", description = "The current password is not correct (`forbidden`)")
    @ApiResponse(responseCode = "503", description = """
            Sessions cannot be revoked right now (`service-unavailable`); nothing was changed""")
    @PostMapping(path = "/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(CurrentUser user, @RequestBody ChangePasswordRequest request) {
        changePassword.changePassword(request.toCommand(user.id(), user.sessionId()));
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
