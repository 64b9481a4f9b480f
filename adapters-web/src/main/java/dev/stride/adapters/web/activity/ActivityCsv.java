package dev.stride.adapters.web.activity;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Activities as RFC 4180 CSV (Commons CSV): a header of the activity JSON field names, CRLF line
 * ends. Every present value is quoted and a missing one is an empty unquoted field, so an empty
 * text ({@code ""}) and a missing one (nothing) survive a round trip apart. Read back by
 * {@link ActivityCsvReader}.
 */
final class ActivityCsv {

    static final String MEDIA_TYPE = "text/csv";
    static final String[] HEADER = {"id", "activityType", "title", "description", "durationMinutes", "distanceKm",
            "caloriesBurned", "notes", "activityDate", "createdAt", "updatedAt"};

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setQuoteMode(QuoteMode.ALL_NON_NULL)
            .setNullString("")
            .get();
    private static final CSVFormat WRITING = FORMAT.builder().setHeader(HEADER).get();
    /** Takes the columns from the header line, in any order. */
    static final CSVFormat READING = FORMAT.builder().setHeader().setSkipHeaderRecord(true).get();

    private ActivityCsv() {
    }

    static CSVPrinter printer(Appendable out) {
        try {
            return new CSVPrinter(out, WRITING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void print(CSVPrinter printer, Activity activity) {
        ActivityDetails d = activity.details();
        try {
            printer.printRecord(activity.id(), d.activityType(), d.title(), d.description(), d.durationMinutes(),
                    d.distanceKm() == null ? null : d.distanceKm().toPlainString(), d.caloriesBurned(), d.notes(),
                    d.activityDate(), activity.createdAt(), activity.updatedAt());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
