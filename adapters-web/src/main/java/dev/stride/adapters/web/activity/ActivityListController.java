package dev.stride.adapters.web.activity;

import dev.stride.adapters.web.httpcache.EncodedBodies;
import dev.stride.adapters.web.httpcache.EncodedBody;
import dev.stride.adapters.web.security.CurrentUser;
import dev.stride.application.port.in.activity.ListActivitiesUseCase;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivitySort;
import dev.stride.domain.activity.ActivityType;
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
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/** The caller's live activities, a page at a time: numbered pages, or keyset pages after a cursor. */
@Tag(name = ActivityController.TAG, description = ActivityController.TAG_DESCRIPTION)
@RestController
@RequestMapping(path = ActivityController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
class ActivityListController {

    private final ListActivitiesUseCase list;
    private final CursorCodec cursors;
    private final EncodedBodies bodies;

    ActivityListController(ListActivitiesUseCase list, CursorCodec cursors, EncodedBodies bodies) {
        this.list = list;
        this.cursors = cursors;
        this.bodies = bodies;
    }

    /** What a page's body takes from the request besides the page itself (its next cursor is made of these). */
    private record PageShape(long userId, ActivitySort sort, ActivityFilter filter, int size) {
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
    void list(CurrentUser user,
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
            ServletWebRequest webRequest, HttpServletResponse response) throws IOException {
        PageRequest request = new PageRequest(page == null ? 0 : page, size);
        if (cursor == null) {
            PageShape shape = new PageShape(user.id(), ActivitySort.parse(sort), new ActivityFilter(type, from, to), size);
            Page<Activity> found = list.list(user.id(), shape.filter(), shape.sort(), request);
            // Encoded (and its cursor signed) once per cached page.
            EncodedBody<ActivityPageResponse> body = bodies.of(found, shape, p -> pageResponse(p, shape));
            link(body.response().nextCursor(), size, response);
            body.writeTaggedWithItsHash(webRequest);
            return;
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
        PageShape shape = new PageShape(user.id(), position.sort(), position.filter(), size);
        String next = nextCursor(shape, found.items(), found.hasMore());
        link(next, size, response);
        // A keyset page is read from PostgreSQL each time: nothing to keep its body for.
        bodies.encode(new ActivitySliceResponse(responses(found.items()), size, next)).writeTaggedWithItsHash(webRequest);
    }

    private ActivityPageResponse pageResponse(Page<Activity> found, PageShape shape) {
        boolean more = new PageRequest(found.page(), found.size()).offset() + found.items().size() < found.totalItems();
        return new ActivityPageResponse(responses(found.items()), found.page(), found.size(), found.totalItems(),
                found.totalPages(), nextCursor(shape, found.items(), more));
    }

    private static List<ActivityResponse> responses(List<Activity> items) {
        return items.stream().map(ActivityResponse::of).toList();
    }

    /** The cursor after the last item when more follow. */
    private String nextCursor(PageShape shape, List<Activity> items, boolean more) {
        if (!more || items.isEmpty()) {
            return null;
        }
        return cursors.encode(new ListingCursor(shape.userId(), shape.sort(), shape.filter(),
                shape.sort().key().positionOf(items.getLast())));
    }

    /** The next page announced in a {@code Link} header too. */
    private static void link(String next, int size, HttpServletResponse response) {
        if (next != null) {
            // A cursor is base64url and a dot: nothing in it needs escaping in a query.
            response.setHeader(HttpHeaders.LINK, "<" + ActivityController.PATH + "?cursor=" + next + "&size=" + size + ">; rel=\"next\"");
        }
    }

    private static <T> void requireCursors(String parameter, T given, T cursors) {
        if (given != null && !given.equals(cursors)) {
            throw ValidationException.of(parameter, "differs from the cursor's; drop it or start again without a cursor");
        }
    }
}
