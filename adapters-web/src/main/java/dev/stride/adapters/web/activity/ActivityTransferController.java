package dev.stride.adapters.web.activity;

import dev.stride.adapters.web.problem.InvalidLinesException;
import dev.stride.adapters.web.problem.InvalidLinesException.InvalidLine;
import dev.stride.adapters.web.security.CurrentUser;
import dev.stride.application.port.in.activity.ExportActivitiesUseCase;
import dev.stride.application.port.in.activity.ImportActivitiesUseCase;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.shared.InvalidRowsException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** All of the caller's activities out as a file (CSV or NDJSON), and a CSV file of them in. */
@Tag(name = ActivityController.TAG, description = ActivityController.TAG_DESCRIPTION)
@RestController
@RequestMapping(path = ActivityController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
class ActivityTransferController {

    static final String NDJSON = "application/x-ndjson";

    private final ExportActivitiesUseCase exporter;
    private final ImportActivitiesUseCase importer;
    private final JsonMapper json;

    ActivityTransferController(ExportActivitiesUseCase exporter, ImportActivitiesUseCase importer, JsonMapper json) {
        this.exporter = exporter;
        this.importer = importer;
        this.json = json;
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
    @ApiResponse(responseCode = "409", description = ActivityController.QUOTA_EXCEEDED)
    @ApiResponse(responseCode = "413", description = "Over 5 MB or over 10,000 rows (`payload-too-large`)")
    @PostMapping(path = "/import", consumes = ActivityCsv.MEDIA_TYPE)
    @ResponseStatus(HttpStatus.CREATED)
    ImportResponse importCsv(CurrentUser user, HttpServletRequest request) throws IOException {
        Charset charset = request.getCharacterEncoding() == null ? StandardCharsets.UTF_8
                : Charset.forName(request.getCharacterEncoding());
        List<Long> lines = new ArrayList<>();
        List<ActivityDetails> rows = ActivityCsvReader.read(new InputStreamReader(request.getInputStream(), charset),
                ImportActivitiesUseCase.MAX_ROWS, lines);
        try {
            return new ImportResponse(importer.importAll(user.id(), rows));
        } catch (InvalidRowsException e) {
            throw new InvalidLinesException(e.violations().stream()
                    .map(v -> new InvalidLine(lines.get(v.row()), v.field(), v.message()))
                    .limit(ActivityCsvReader.MAX_LISTED_ERRORS).toList(), e.violations().size());
        }
    }

    record ImportResponse(int created) {
    }

    private static void writeLine(Writer out, String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
