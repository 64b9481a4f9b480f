package dev.stride.adapters.web.admin;

import dev.stride.adapters.web.paging.PageResponse;
import dev.stride.adapters.web.ratelimit.ClientIp;
import dev.stride.adapters.web.security.CurrentUser;
import dev.stride.adapters.web.user.AdminUserResponse;
import dev.stride.adapters.web.user.UserResponse;
import dev.stride.application.port.in.admin.ListUsersUseCase;
import dev.stride.application.port.in.admin.PermanentlyDeleteActivityUseCase;
import dev.stride.application.port.in.admin.RestoreUserUseCase;
import dev.stride.domain.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admin only: the security configuration answers 403 to every other caller before these methods run. */
@Tag(name = "Admin", description = "Accounts and activities of every user (role ADMIN only; 403 for anyone else)")
@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminController {

    private final ListUsersUseCase listUsers;
    private final RestoreUserUseCase restoreUser;
    private final PermanentlyDeleteActivityUseCase deleteActivity;

    AdminController(ListUsersUseCase listUsers, RestoreUserUseCase restoreUser,
            PermanentlyDeleteActivityUseCase deleteActivity) {
        this.listUsers = listUsers;
        this.restoreUser = restoreUser;
        this.deleteActivity = deleteActivity;
    }

    @Operation(summary = "List accounts", description = """
            `deleted=true`: soft-deleted accounts, most recently deleted first; otherwise (the default) live \
            accounts, oldest first. Each item has `deletedAt` (null for a live account). `page` >= 0, `size` 1..100.""")
    @ApiResponse(responseCode = "403", description = "The caller is not an admin (`forbidden`)")
    @GetMapping("/users")
    PageResponse<AdminUserResponse> users(
            @RequestParam(defaultValue = "false") boolean deleted,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(listUsers.listUsers(deleted, new PageRequest(page, size)), AdminUserResponse::of);
    }

    @Operation(summary = "Restore a closed account", description = """
            The account can log in again with its old password, and its activities (and trash) are back as they \
            were. Its sessions and the access tokens issued before its deletion are not: the user logs in \
            again. Audited with the admin's address.""")
    @ApiResponse(responseCode = "200", description = "The restored account")
    @ApiResponse(responseCode = "403", description = "The caller is not an admin (`forbidden`)")
    @ApiResponse(responseCode = "404", description = "No soft-deleted account has this id (`not-found`)")
    @ApiResponse(responseCode = "409", description = "A live account has registered its email since (`conflict`)")
    @PostMapping("/users/{id}/restore")
    UserResponse restore(CurrentUser admin, @PathVariable long id, ClientIp client) {
        return UserResponse.of(restoreUser.restore(admin.id(), id, client.value()));
    }

    @Operation(summary = "Delete an activity for good", description = "Any user's activity, live or in the trash; audited with the admin's address.")
    @ApiResponse(responseCode = "204", description = "Deleted for good")
    @ApiResponse(responseCode = "403", description = "The caller is not an admin (`forbidden`)")
    @ApiResponse(responseCode = "404", description = "No activity has this id (`not-found`)")
    @DeleteMapping("/activities/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteActivity(CurrentUser admin, @PathVariable long id, ClientIp client) {
        deleteActivity.deletePermanently(admin.id(), id, client.value());
    }
}
