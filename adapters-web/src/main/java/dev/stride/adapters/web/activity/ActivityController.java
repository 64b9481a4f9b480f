package dev.stride.adapters.web.activity;

import dev.stride.adapters.web.paging.PageResponse;
import dev.stride.adapters.web.problem.InvalidLinesException.InvalidLine;
import dev.stride.adapters.web.problem.InvalidLinesException;
import dev.stride.adapters.web.problem.MalformedRequestException;
import dev.stride.adapters.web.security.CurrentUser;
import dev.stride.application.port.in.activity.CreateActivityUseCase;
import dev.stride.application.port.in.activity.DeleteActivityUseCase;
import dev.stride.application.port.in.activity.ExportActivitiesUseCase;
import dev.stride.application.port.in.activity.GetActivityUseCase;
import dev.stride.application.port.in.activity.ImportActivitiesUseCase;
import dev.stride.application.port.in.activity.ListActivitiesUseCase;
import dev.stride.application.port.in.activity.ListTrashUseCase;
import dev.stride.application.port.in.activity.RestoreActivityUseCase;
import dev.stride.application.port.in.activity.UpdateActivityCommand;
import dev.stride.application.port.in.activity.UpdateActivityUseCase;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivitySort;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.shared.InvalidRowsException;
import dev.stride.domain.shared.Page;
import dev.stride.domain.shared.PageRequest;
import dev.stride.domain.shared.Slice;
import dev.stride.domain.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVPrinter;
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

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The caller's own activities. Every operation is scoped to the caller: someone else's activity is simply not found. */
@Tag(name = "Activities", description = "The caller's own activities, their trash included")
@RestController
@RequestMapping(path = "/api/v1/activities", produces = MediaType.APPLICATION_JSON_VALUE)
class ActivityController {

    static final String MERGE_PATCH_JSON = "application/merge-patch+json";
    static final String NDJSON = "application/x-ndjson";
    private static final String QUOTA_EXCEEDED = """
            The caller would have more live activities than `stride.quota.activities-per-user` allows \
            (`quota-exceeded`, with `quota` and `limit`); nothing changed""";

    private final CreateActivityUseCase create;
    private final GetActivityUseCase get;
    private final ListActivitiesUseCase list;
    private final UpdateActivityUseCase update;
    private final DeleteActivityUseCase delete;
    private final RestoreActivityUseCase restore;
    private final ListTrashUseCase trash;
    private final ExportActivitiesUseCase exporter;
    private final ImportActivitiesUseCase importer;
    private final CursorCodec cursors;
    private final JsonMapper json;

    ActivityController(CreateActivityUseCase create, GetActivityUseCase get, ListActivitiesUseCase list,
            UpdateActivityUseCase update, DeleteActivityUseCase delete, RestoreActivityUseCase restore,
            ListTrashUseCase trash, ExportActivitiesUseCase exporter, ImportActivitiesUseCase importer,
            CursorCodec cursors, JsonMapper json) {
        this.create = create;
        this.get = get;
        this.list = list;
        this.update = update;
        this.delete = delete;
        this.restore = restore;
        this.trash = trash;
        this.exporter = exporter;
        this.importer = importer;
        this.cursors = cursors;
        this.json = json;
    }

    @Operation(summary = "Log an activity")
    @ApiResponse(responseCode = "201", description = "Created; `Location` names it, `ETag` is its version",
            headers = @Header(name = HttpHeaders.LOCATION, description = "/api/v1/activities/{id}"))
    @ApiResponse(responseCode = "409", description = QUOTA_EXCEEDED)
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
            Two styles. Numbered pages (`page`, `size`, `sort`, `type`, `from`, `to`): `{items, page, size, \
            totalItems, totalPages, nextCursor}`. Keyset pages (`cursor`, `size`): `{items, size, nextCursor}`; \
            the cursor carries the order and the filters, and a page deep in a long history costs what the \
            first one costs. `sort`, `type`, `from`, `to` may be repeated with a cursor only with the cursor's \
            own values; `page` never. Both styles send `Link: <...>; rel="next"` (RFC 8288, a relative \
            reference) while there is a next page. `ETag` on every page: `If-None-Match` gives 304.""")
    @ApiResponse(responseCode = "200", description = "A page of activities", content = @Content(schema = @Schema(
            oneOf = {ActivityPageResponse.class, ActivitySliceResponse.class})), headers = {
            @Header(name = HttpHeaders.LINK, description = "`<...>; rel=\"next\"` while there is a next page"),
            @Header(name = HttpHeaders.ETAG, description = "Changes whenever the page does"),
            @Header(name = HttpHeaders.CACHE_CONTROL, description = "`private, no-cache`")})
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag in `If-None-Match`", content = @Content)
    @GetMapping
    Object list(CurrentUser user,
            @Parameter(description = "0-based page number; not with `cursor`") @RequestParam(required = false) Integer page,
            @Parameter(description = "1..100") @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) ActivityType type,
            @Parameter(description = "Inclusive")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Inclusive")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = """
                    `activityDate`, `durationMinutes`, `distanceKm` or `createdAt`, `-` in front for descending; the id \
                    breaks ties in the same direction. A missing `distanceKm` sorts below every distance.""",
                    schema = @Schema(defaultValue = "-activityDate"))
            @RequestParam(required = false) String sort,
            @Parameter(description = "The `nextCursor` of the previous page (opaque); a tampered or foreign one: 400")
            @RequestParam(required = false) String cursor,
            HttpServletResponse response) {
        PageRequest request = new PageRequest(page == null ? 0 : page, size);
        if (cursor == null) {
            ActivitySort order = ActivitySort.parse(sort);
            ActivityFilter filter = new ActivityFilter(type, from, to);
            Page<Activity> found = list.list(user.id(), filter, order, request);
            boolean more = request.offset() + found.items().size() < found.totalItems();
            String next = nextCursor(user, order, filter, found.items(), more, size, response);
            return new ActivityPageResponse(found.items().stream().map(ActivityResponse::of).toList(), found.page(),
                    found.size(), found.totalItems(), found.totalPages(), next);
        }
        if (page != null) {
            throw ValidationException.of("page", "cannot be combined with cursor");
        }
        ListingCursor position = cursors.decode(cursor, user.id());
        requireCursors("sort", sort == null ? null : ActivitySort.parse(sort), position.sort());
        requireCursors("type", type, position.filter().type());
        requireCursors("from", from, position.filter().from());
        requireCursors("to", to, position.filter().to());
        Slice<Activity> found = list.listAfter(user.id(), position.filter(), position.sort(), position.after(), request);
        String next = nextCursor(user, position.sort(), position.filter(), found.items(), found.hasMore(), size, response);
        return new ActivitySliceResponse(found.items().stream().map(ActivityResponse::of).toList(), size, next);
    }

    @Operation(summary = "Export every activity", description = """
            Every live activity of the caller, oldest first, streamed as it is read (any number of rows in \
            constant memory). `format=csv`: RFC 4180 with a header of the activity JSON field names, every present \
            value quoted, a missing one empty. `format=ndjson`: one activity JSON per line.""")
    @ApiResponse(responseCode = "200", description = "The activities", content = {
            @Content(mediaType = ActivityCsv.MEDIA_TYPE), @Content(mediaType = NDJSON)})
    @GetMapping(path = "/export", produces = {ActivityCsv.MEDIA_TYPE, NDJSON})
    void export(CurrentUser user,
            @Parameter(schema = @Schema(allowableValues = {"csv", "ndjson"})) @RequestParam String format,
            HttpServletResponse response) throws IOException {
        ExportFormat chosen = ExportFormat.named(format);
        response.setContentType(chosen.mediaType() + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"activities." + format + "\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        if (chosen == ExportFormat.CSV) {
            CSVPrinter printer = ActivityCsv.printer(out);
            exporter.export(user.id(), activity -> ActivityCsv.print(printer, activity));
        } else {
            exporter.export(user.id(), activity -> writeLine(out, json.writeValueAsString(ActivityResponse.of(activity))));
        }
        out.flush();
    }

    @Operation(summary = "Import activities", description = """
            The CSV of an export (`id`, `createdAt` and `updatedAt` columns ignored; `activityType`, \
            `durationMinutes` and `activityDate` columns required), at most 10,000 rows and 5 MB. Every row is \
            checked first: any invalid one gives a 400 listing `errors: [{line, field, message}]` (the first 100) \
            and nothing is created. Then all rows are created in one transaction, within the activity quota.""")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = ActivityCsv.MEDIA_TYPE))
    @ApiResponse(responseCode = "201", description = "`{created}`: how many activities were created")
    @ApiResponse(responseCode = "409", description = QUOTA_EXCEEDED)
    @ApiResponse(responseCode = "413", description = "Over 5 MB or over 10,000 rows (`payload-too-large`)")
    @PostMapping(path = "/import", consumes = ActivityCsv.MEDIA_TYPE)
    @ResponseStatus(HttpStatus.CREATED)
    ImportResponse importCsv(CurrentUser user, HttpServletRequest request) throws IOException {
        Charset charset = request.getCharacterEncoding() == null ? StandardCharsets.UTF_8
                : Charset.forName(request.getCharacterEncoding());
        List<Long> lines = new ArrayList<>();
        List<ActivityDetails> rows = ActivityCsv.read(new InputStreamReader(request.getInputStream(), charset),
                ImportActivitiesUseCase.MAX_ROWS, lines);
        try {
            return new ImportResponse(importer.importAll(user.id(), rows));
        } catch (InvalidRowsException e) {
            throw new InvalidLinesException(e.violations().stream()
                    .map(v -> new InvalidLine(lines.get(v.row()), v.field(), v.message()))
                    .limit(ActivityCsv.MAX_LISTED_ERRORS).toList(), e.violations().size());
        }
    }

    record ImportResponse(int created) {
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
    @ApiResponse(responseCode = "200", description = "The activity, live again, with its `ETag`")
    @ApiResponse(responseCode = "409", description = QUOTA_EXCEEDED)
    @PostMapping("/{id}/restore")
    ActivityResponse restore(CurrentUser user, @PathVariable long id, HttpServletResponse response) {
        return withETag(restore.restore(user.id(), id), response);
    }

    /** The cursor after the last item when more follow, announced in a {@code Link} header too. */
    private String nextCursor(CurrentUser user, ActivitySort sort, ActivityFilter filter, List<Activity> items,
                              boolean more, int size, HttpServletResponse response) {
        if (!more || items.isEmpty()) {
            return null;
        }
        String next = cursors.encode(new ListingCursor(user.id(), sort, filter, sort.key().positionOf(items.getLast())));
        // A cursor is base64url and a dot: nothing in it needs escaping in a query.
        response.setHeader(HttpHeaders.LINK, "</api/v1/activities?cursor=" + next + "&size=" + size + ">; rel=\"next\"");
        return next;
    }

    private static <T> void requireCursors(String parameter, T given, T cursors) {
        if (given != null && !given.equals(cursors)) {
            throw ValidationException.of(parameter, "differs from the cursor's; drop it or start again without a cursor");
        }
    }

    private static void writeLine(Writer out, String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
