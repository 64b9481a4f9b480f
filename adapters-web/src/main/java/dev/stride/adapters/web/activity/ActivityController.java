package dev.stride.adapters.web.activity;

import dev.stride.adapters.web.paging.PageResponse;
import dev.stride.adapters.web.problem.MalformedRequestException;
import dev.stride.adapters.web.security.CurrentUser;
import dev.stride.application.port.in.CreateActivityUseCase;
import dev.stride.application.port.in.DeleteActivityUseCase;
import dev.stride.application.port.in.GetActivityUseCase;
import dev.stride.application.port.in.ListActivitiesUseCase;
import dev.stride.application.port.in.ListTrashUseCase;
import dev.stride.application.port.in.RestoreActivityUseCase;
import dev.stride.application.port.in.UpdateActivityCommand;
import dev.stride.application.port.in.UpdateActivityUseCase;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;

/** The caller's own activities. Every operation is scoped to the caller: someone else's activity is simply not found. */
@Tag(name = "Activities", description = "The caller's own activities, their trash included")
@RestController
@RequestMapping(path = "/api/v1/activities", produces = MediaType.APPLICATION_JSON_VALUE)
class ActivityController {

    static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private final CreateActivityUseCase create;
    private final GetActivityUseCase get;
    private final ListActivitiesUseCase list;
    private final UpdateActivityUseCase update;
    private final DeleteActivityUseCase delete;
    private final RestoreActivityUseCase restore;
    private final ListTrashUseCase trash;
    private final JsonMapper json;

    ActivityController(CreateActivityUseCase create, GetActivityUseCase get, ListActivitiesUseCase list,
            UpdateActivityUseCase update, DeleteActivityUseCase delete, RestoreActivityUseCase restore,
            ListTrashUseCase trash, JsonMapper json) {
        this.create = create;
        this.get = get;
        this.list = list;
        this.update = update;
        this.delete = delete;
        this.restore = restore;
        this.trash = trash;
        this.json = json;
    }

    @Operation(summary = "Log an activity")
    @ApiResponse(responseCode = "201", description = "Created; `Location` names it, `ETag` is its version",
            headers = @Header(name = HttpHeaders.LOCATION, description = "/api/v1/activities/{id}"))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ActivityResponse create(CurrentUser user, @RequestBody ActivityRequest request, HttpServletResponse response) {
        Activity created = create.create(user.id(), request.toDetails());
        response.setHeader(HttpHeaders.LOCATION, "/api/v1/activities/" + created.id());
        return withETag(created, response);
    }

    @Operation(summary = "One activity", description = "With `If-None-Match` holding its current ETag: 304.")
    @ApiResponse(responseCode = "200", description = "The activity, with its `ETag`")
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag in `If-None-Match`", content = @Content)
    @GetMapping("/{id}")
    ActivityResponse get(CurrentUser user, @PathVariable long id, ServletWebRequest request) {
        Activity activity = get.get(user.id(), id);
        // Sets the ETag, and answers 304 (no body) when If-None-Match matches it.
        return request.checkNotModified(ActivityETags.of(activity.version())) ? null : ActivityResponse.of(activity);
    }

    @Operation(summary = "List activities", description = """
            Newest `activityDate` first, then highest id first. `type`, `from` and `to` (inclusive ISO dates) \
            narrow the list; `page` >= 0, `size` 1..100.""")
    @GetMapping
    PageResponse<ActivityResponse> list(CurrentUser user,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) ActivityType type,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return PageResponse.of(list.list(user.id(), new ActivityFilter(type, from, to), new PageRequest(page, size)),
                ActivityResponse::of);
    }

    @Operation(summary = "Replace an activity", description = """
            A full replacement: optional fields left out are cleared. With `If-Match`, only if the ETag is current.""")
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ActivityResponse replace(CurrentUser user, @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ActivityRequest request, HttpServletResponse response) {
        Integer expected = ActivityETags.expectedVersion(ifMatch, () -> get.get(user.id(), id).version());
        return withETag(update.update(new UpdateActivityCommand(user.id(), id, request.toDetails(), expected)), response);
    }

    @Operation(summary = "Change some fields of an activity", description = """
            An RFC 7396 JSON Merge Patch (`application/merge-patch+json`, plain JSON accepted too): present fields \
            replace, `null` clears an optional field; the result is validated like a PUT. With `If-Match`, only if \
            the ETag is current.""")
    @PatchMapping(path = "/{id}", consumes = {MERGE_PATCH_JSON, MediaType.APPLICATION_JSON_VALUE})
    ActivityResponse patch(CurrentUser user, @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The fields to change", content = {
                    @Content(mediaType = MERGE_PATCH_JSON, schema = @Schema(implementation = ActivityRequest.class)),
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ActivityRequest.class))})
            @RequestBody JsonNode patch, HttpServletResponse response) {
        if (!patch.isObject()) {
            throw new MalformedRequestException("A merge patch of an activity must be a JSON object");
        }
        Activity current = get.get(user.id(), id);
        Integer expected = ActivityETags.expectedVersion(ifMatch, current::version);
        JsonNode patched = JsonMergePatch.apply(json.valueToTree(ActivityRequest.of(current.details())), patch);
        ActivityRequest replacement = json.treeToValue(patched, ActivityRequest.class);
        // Without If-Match the patch still applies only to the version it was computed from: no lost update.
        int version = expected == null ? current.version() : expected;
        return withETag(update.update(new UpdateActivityCommand(user.id(), id, replacement.toDetails(), version)), response);
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
    @PostMapping("/{id}/restore")
    ActivityResponse restore(CurrentUser user, @PathVariable long id, HttpServletResponse response) {
        return withETag(restore.restore(user.id(), id), response);
    }

    /**
     * Headers go on the servlet response, not into a ResponseEntity: Spring flushes a ResponseEntity
     * before the request completes, so Tomcat would not know the length of even a small body and
     * would send it chunked, with one more write per response.
     */
    private static ActivityResponse withETag(Activity activity, HttpServletResponse response) {
        response.setHeader(HttpHeaders.ETAG, ActivityETags.of(activity.version()));
        return ActivityResponse.of(activity);
    }
}
