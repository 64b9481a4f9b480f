package dev.stride.adapters.web.activity;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A keyset page of the activity list: no numbers and no total, which would cost a count. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ActivitySliceResponse(List<ActivityResponse> items, int size,
                             @Schema(nullable = true, description = "Pass as `cursor` for the next page; null on the last page")
                             String nextCursor) {
}
