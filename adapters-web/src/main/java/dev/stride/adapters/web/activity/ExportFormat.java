package dev.stride.adapters.web.activity;

import dev.stride.domain.shared.ValidationException;

import java.util.Arrays;

/** The formats of an export, by the name {@code format=} gives them. */
enum ExportFormat {
    CSV("csv", ActivityCsv.MEDIA_TYPE),
    NDJSON("ndjson", ActivityTransferController.NDJSON);

    private final String name;
    private final String mediaType;

    ExportFormat(String name, String mediaType) {
        this.name = name;
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    static ExportFormat named(String name) {
        return Arrays.stream(values()).filter(f -> f.name.equals(name)).findFirst()
                .orElseThrow(() -> ValidationException.of("format", "must be csv or ndjson"));
    }
}
