package dev.stride.adapters.web.activity;

import dev.stride.adapters.web.paging.PageResponse;
import dev.stride.adapters.web.security.CurrentUser;
import dev.stride.application.port.in.activity.DeleteActivityUseCase;
import dev.stride.application.port.in.activity.ListTrashUseCase;
import dev.stride.application.port.in.activity.RestoreActivityUseCase;
import dev.stride.domain.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
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

/** The caller's trash: an activity moved there (a soft delete), listed, and taken out again. */
@Tag(name = ActivityController.TAG, description = ActivityController.TAG_DESCRIPTION)
@RestController
@RequestMapping(path = ActivityController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
class ActivityTrashController {

    private final DeleteActivityUseCase delete;
    private final ListTrashUseCase trash;
    private final RestoreActivityUseCase restore;

    ActivityTrashController(DeleteActivityUseCase delete, ListTrashUseCase trash, RestoreActivityUseCase restore) {
        this.delete = delete;
        this.trash = trash;
        this.restore = restore;
    }

    @Operation(summary = "Move an activity to the trash", description = "A soft delete; a second DELETE gets 404.")
    @ApiResponse(responseCode = "204", description = "In the trash")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(CurrentUser user, @PathVariable long id) {
        delete.delete(user.id(), id);
    }

    @Operation(summary = "The caller's trash", description = "Soft-deleted activities, most recently deleted first.")
    @GetMapping("/trash")
    PageResponse<TrashedActivityResponse> trash(CurrentUser user,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(trash.listTrash(user.id(), new PageRequest(page, size)), TrashedActivityResponse::of);
    }

    @Operation(summary = "Take an activity out of the trash")
    @ApiResponse(responseCode = "200", description = "The activity, live again, with its `ETag`")
    @ApiResponse(responseCode = "409", description = ActivityController.QUOTA_EXCEEDED)
    @PostMapping("/{id}/restore")
    ActivityResponse restore(CurrentUser user, @PathVariable long id, HttpServletResponse response) {
        return ActivityETags.tagged(restore.restore(user.id(), id), response);
    }
}
