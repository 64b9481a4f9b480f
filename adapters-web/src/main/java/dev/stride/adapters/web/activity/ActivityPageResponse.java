package dev.stride.adapters.web.activity;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A numbered page of the activity list; {@code nextCursor} continues it by keyset (null on the last page). */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ActivityPageResponse(List<ActivityResponse> items, int page, int size, long totalItems, long totalPages,
                            @Schema(nullable = true, description = "Pass as `cursor` for the next page; null on the last page")
                            String nextCursor) {
}
