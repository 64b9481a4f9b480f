package dev.stride.adapters.web.activity;

import dev.stride.adapters.web.httpcache.EncodedBodies;
import dev.stride.adapters.web.problem.MalformedRequestException;
import dev.stride.adapters.web.security.CurrentUser;
import dev.stride.application.port.in.activity.CreateActivityUseCase;
import dev.stride.application.port.in.activity.GetActivityUseCase;
import dev.stride.application.port.in.activity.UpdateActivityCommand;
import dev.stride.application.port.in.activity.UpdateActivityUseCase;
import dev.stride.domain.activity.Activity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * One of the caller's own activities: logging, reading and changing it. Every operation is scoped
 * to the caller: someone else's activity is simply not found. The list is
 * {@link ActivityListController}'s, the trash {@link ActivityTrashController}'s, export and import
 * {@link ActivityTransferController}'s.
 */
@Tag(name = ActivityController.TAG, description = ActivityController.TAG_DESCRIPTION)
@RestController
@RequestMapping(path = ActivityController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
class ActivityController {

    /** One tag for all the controllers of activities, so the API docs show them together. */
    static final String TAG = "Activities";
    static final String TAG_DESCRIPTION = "The caller's own activities, their trash included";
    static final String PATH = "/api/v1/activities";
    static final String MERGE_PATCH_JSON = "application/merge-patch+json";
    static final String QUOTA_EXCEEDED = """
            The caller would have more live activities than `stride.quota.activities-per-user` allows \
            (`quota-exceeded`, with `quota` and `limit`); nothing changed""";

    private final CreateActivityUseCase create;
    private final GetActivityUseCase get;
    private final UpdateActivityUseCase update;
    private final JsonMapper json;
    private final EncodedBodies bodies;

    ActivityController(CreateActivityUseCase create, GetActivityUseCase get, UpdateActivityUseCase update, JsonMapper json,
                       EncodedBodies bodies) {
        this.create = create;
        this.get = get;
        this.update = update;
        this.json = json;
        this.bodies = bodies;
    }

    @Operation(summary = "Log an activity")
    @ApiResponse(responseCode = "201", description = "Created; `Location` names it, `ETag` is its version",
            headers = @Header(name = HttpHeaders.LOCATION, description = "/api/v1/activities/{id}"))
    @ApiResponse(responseCode = "409", description = QUOTA_EXCEEDED)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ActivityResponse create(CurrentUser user, @RequestBody ActivityRequest request, HttpServletResponse response) {
        Activity created = create.create(user.id(), request.toDetails());
        response.setHeader(HttpHeaders.LOCATION, PATH + "/" + created.id());
        return ActivityETags.tagged(created, response);
    }

    @Operation(summary = "One activity", description = "With `If-None-Match` holding its current ETag: 304.")
    @ApiResponse(responseCode = "200", description = "The activity, with its `ETag`",
            content = @Content(schema = @Schema(implementation = ActivityResponse.class)))
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag in `If-None-Match`", content = @Content)
    @GetMapping("/{id}")
    void get(CurrentUser user, @PathVariable long id, ServletWebRequest request, HttpServletResponse answeredHere)
            throws IOException {
        Activity activity = get.get(user.id(), id);
        // Encoded once per cached copy and written here (answeredHere tells Spring MVC so, EncodedBody); 304 (no
        // body) when If-None-Match holds the version's ETag.
        bodies.of(activity, ActivityResponse.class, ActivityResponse::of)
                .writeTaggedWith(ActivityETags.of(activity.version()), request);
    }

    @Operation(summary = "Replace an activity", description = """
            A full replacement: optional fields left out are cleared. With `If-Match`, only if the ETag is current.""")
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ActivityResponse replace(CurrentUser user, @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ActivityRequest request, HttpServletResponse response) {
        Integer expected = ActivityETags.expectedVersion(ifMatch, () -> get.current(user.id(), id).version());
        return ActivityETags.tagged(update.update(new UpdateActivityCommand(user.id(), id, request.toDetails(), expected)),
                response);
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
        Activity current = get.current(user.id(), id);
        Integer expected = ActivityETags.expectedVersion(ifMatch, current::version);
        JsonNode patched = JsonMergePatch.apply(json.valueToTree(ActivityRequest.of(current.details())), patch);
        ActivityRequest replacement = json.treeToValue(patched, ActivityRequest.class);
        // Without If-Match the patch still applies only to the version it was computed from: no lost update.
        int version = expected == null ? current.version() : expected;
        return ActivityETags.tagged(update.update(new UpdateActivityCommand(user.id(), id, replacement.toDetails(), version)),
                response);
    }
}
