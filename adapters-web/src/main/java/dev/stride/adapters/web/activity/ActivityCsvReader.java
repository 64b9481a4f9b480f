package dev.stride.adapters.web.activity;

import dev.stride.adapters.web.problem.InvalidLinesException;
import dev.stride.adapters.web.problem.InvalidLinesException.InvalidLine;
import dev.stride.adapters.web.problem.MalformedRequestException;
import dev.stride.adapters.web.problem.PayloadTooLargeException;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.shared.ValidationException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * An import: the {@link ActivityCsv} of an export read back into activities, every invalid field of
 * every row reported at once.
 */
final class ActivityCsvReader {

    private static final List<String> REQUIRED = List.of("activityType", "durationMinutes", "activityDate");
    /** Errors listed in one problem at most; the detail says how many there are in all. */
    static final int MAX_LISTED_ERRORS = 100;

    private ActivityCsvReader() {
    }

    /**
     * The activities of an export back, at most {@code maxRows}; {@code id}, {@code createdAt},
     * {@code updatedAt} and unknown columns are ignored.
     *
     * @param lines receives the line each returned row starts on, in order
     * @throws InvalidLinesException     listing every invalid field of every row (the first ones, if many)
     * @throws PayloadTooLargeException  beyond {@code maxRows} rows
     * @throws MalformedRequestException when the text is not CSV
     */
    static List<ActivityDetails> read(Reader body, int maxRows, List<Long> lines) {
        try (CSVParser parser = ActivityCsv.READING.parse(body)) {
            List<String> missing = REQUIRED.stream().filter(column -> !parser.getHeaderMap().containsKey(column)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidLinesException(missing.stream()
                        .map(column -> new InvalidLine(1, column, "is a required column of the header")).toList(),
                        missing.size());
            }
            Errors errors = new Errors();
            List<ActivityDetails> rows = new ArrayList<>();
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                if (rows.size() == maxRows) {
                    throw new PayloadTooLargeException("An import takes at most " + maxRows + " rows");
                }
                lines.add(line);
                rows.add(new RowReader(record, line, errors).details());
            }
            errors.throwIfAny();
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new MalformedRequestException("The body is not CSV in the export's format: " + e.getMessage());
        }
    }

    /** The errors of a whole file. */
    static final class Errors {
        private final List<InvalidLine> listed = new ArrayList<>();
        private int total;

        void add(long line, String field, String message) {
            total++;
            if (listed.size() < MAX_LISTED_ERRORS) {
                listed.add(new InvalidLine(line, field, message));
            }
        }

        void throwIfAny() {
            if (total > 0) {
                throw new InvalidLinesException(listed, total);
            }
        }
    }

    /**
     * One record's fields converted one by one, then checked by the domain, so that each bad field of
     * the row is reported, not only the first (a field that could not be converted only once).
     */
    private record RowReader(CSVRecord record, long line, Errors errors, Set<String> unreadable) {

        RowReader(CSVRecord record, long line, Errors errors) {
            this(record, line, errors, new HashSet<>());
        }

        ActivityDetails details() {
            ActivityType type = value("activityType", ActivityType::valueOf,
                    "must be one of " + Arrays.toString(ActivityType.values()));
            Integer duration = value("durationMinutes", Integer::valueOf, "must be an integer");
            BigDecimal distance = value("distanceKm", BigDecimal::new, "must be a number");
            Integer calories = value("caloriesBurned", Integer::valueOf, "must be an integer");
            LocalDate date = value("activityDate", LocalDate::parse, "must be a date such as 2026-11-20");
            try {
                ActivityDetails details = new ActivityDetails(type, text("title"), text("description"), duration, distance,
                        calories, text("notes"), date);
                return unreadable.isEmpty() ? details : null;
            } catch (ValidationException e) {
                e.violations().stream().filter(v -> !unreadable.contains(v.field()))
                        .forEach(v -> errors.add(line, v.field(), v.message()));
                return null;
            }
        }

        private String text(String column) {
            return record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
        }

        private <T> T value(String column, Function<String, T> parse, String expected) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            try {
                return parse.apply(text);
            } catch (RuntimeException e) {
                unreadable.add(column);
                errors.add(line, column, expected);
                return null;
            }
        }
    }
}
