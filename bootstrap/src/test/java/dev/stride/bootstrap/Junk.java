package dev.stride.bootstrap;

import org.instancio.Instancio;
import org.instancio.Random;
import org.instancio.junit.GivenProvider;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Hostile input, drawn from the {@link Random} that Instancio seeds for each test invocation, so that a
 * failure is replayed from its seed: extreme numbers and dates, wrong JSON types, control, NUL and
 * non-BMP characters, unpaired surrogates, deep nesting, huge strings; mixed with plausible values so
 * that requests get past the first check.
 * <p>
 * Instancio draws the open-ended values (any Unicode text, any date from {@link LocalDate#MIN} to
 * {@link LocalDate#MAX}, any {@code long} or {@code double}); the lists below add the edge cases that a
 * uniform draw would almost never hit: the boundaries of {@code int} and {@code long}, numbers JSON or
 * Java cannot hold, the characters that break naive code (NUL, unpaired surrogates — Instancio's Unicode
 * text has none — RTL, BOM).
 */
final class Junk {

    private static final List<String> NUMBERS = List.of("0", "-0", "1", "-1", "45", "1440", "1441", "20001", "2147483647",
            "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
            "99999999999999999999999999", "1.5", "1e400", "-1e400", "1E-400", "0.0001", "1000.0005", "NaN", "Infinity");
    private static final List<String> DATES = List.of("2026-11-20", "1900-01-01", "1899-12-31", "0001-01-01",
            "0000-12-31", "9999-12-31", "+10000-01-01", "+999999999-12-31", "-999999999-01-01", "2026-02-30",
            "2026-13-01", "20261120", "2026-11-20T07:15:00Z");
    private static final List<String> WORDS = List.of("", " ", "RUNNING", "running", "SKYDIVING", "DAY", "WEEK", "MONTH",
            "YEAR", "true", "false", "maybe", "null", "csv", "ndjson", "xml", "activityDate", "-activityDate",
            "durationMinutes", "-id", "ADMIN", "USER", "admin@example.org", "correct horse battery");
    /** Characters that break naive code: NUL and other controls, an unpaired surrogate each way, RTL, BOM, emoji, CJK. */
    private static final List<String> NASTY = List.of("\u0000", "\u0001", "\u001f", "\u007f", "\t", "\n", "\r",
            "\ud800", "\udc00", "\u202e", "\ufeff", "\uffff", "\ud83c\udfc3", "\u4e2d", "'", "\"", "\\", "%", "%00",
            "<script>", "../", "{", "}", "[", "]", ";", "' OR '1'='1", "${jndi:ldap://x}");
    private static final Map<String, Supplier<String>> PLAUSIBLE = Map.of(
            "activityType", () -> "\"RUNNING\"",
            "durationMinutes", () -> "45",
            "activityDate", () -> "\"2026-11-20\"",
            "distanceKm", () -> "10.5",
            "caloriesBurned", () -> "500",
            "email", () -> "\"fuzz-" + Instancio.gen().string().alphaNumeric().length(20).get() + "@example.org\"",
            "password", () -> "\"correct horse battery\"",
            "currentPassword", () -> "\"correct horse battery\"",
            "newPassword", () -> "\"another horse battery\"",
            "displayName", () -> "\"Ann\"");

    private final Random random;

    Junk(Random random) {
        this.random = random;
    }

    /** Hands a test method its {@link Junk}: {@code @Given(Junk.Source.class) Junk junk}. */
    static final class Source implements GivenProvider {

        @Override
        public Object provide(ElementContext context) {
            return new Junk(context.random());
        }
    }

    /** The seed of this invocation's random source: Instancio reports it with a failure, and it replays the run. */
    long seed() {
        return random.getSeed();
    }

    boolean chance(double probability) {
        return random.trueOrFalse(probability);
    }

    <T> T oneOf(List<T> choices) {
        return random.oneOf(choices);
    }

    /** A string of nasty, arbitrary Unicode and ordinary characters, at most {@code maxLength} UTF-16 units long. */
    String text(int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.intRange(0, maxLength);
        while (text.length() < length) {
            text.append(switch (random.intRange(0, 9)) {
                case 0, 1, 2 -> oneOf(NASTY);
                case 3, 4 -> Instancio.gen().string().unicode().length(1, 8).get();
                default -> random.lowerCaseAlphabetic(random.intRange(1, 8));
            });
        }
        return text.toString();
    }

    /** Something to put where a query parameter's value goes (not yet URL-encoded). */
    String queryValue() {
        return switch (random.intRange(0, 4)) {
            case 0 -> number();
            case 1 -> date();
            case 2 -> oneOf(WORDS);
            case 3 -> text(40);
            default -> chance(0.1) ? "x".repeat(2000) : text(300);
        };
    }

    /** Something to put where a path id goes, URL-encoded; {@code known} are ids that exist. */
    String pathId(List<Long> known) {
        return switch (random.intRange(0, 3)) {
            case 0 -> String.valueOf(oneOf(known));
            case 1 -> number();
            default -> encode(queryValue());
        };
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A JSON body for an operation whose body has {@code properties}: mostly a near-valid object, sometimes anything. */
    String body(Iterable<String> properties) {
        return switch (random.intRange(0, 5)) {
            case 0 -> value(0);
            case 1 -> chance(0.5) ? text(200) : "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
            default -> object(properties);
        };
    }

    private String object(Iterable<String> properties) {
        StringBuilder json = new StringBuilder("{");
        for (String property : properties) {
            if (chance(0.15)) {
                continue;
            }
            String value = PLAUSIBLE.containsKey(property) && chance(0.7) ? PLAUSIBLE.get(property).get() : value(1);
            json.append(json.length() > 1 ? "," : "").append(string(property)).append(':').append(value);
        }
        if (chance(0.2)) {
            json.append(json.length() > 1 ? "," : "").append(string(text(20))).append(':').append(value(1));
        }
        return json.append('}').toString();
    }

    /** Any JSON value, with a bias to the hostile: extreme numbers, dates out of range, nasty strings, nesting. */
    private String value(int depth) {
        return switch (random.intRange(0, depth > 3 ? 5 : 8)) {
            case 0 -> "null";
            case 1 -> String.valueOf(random.trueOrFalse());
            case 2 -> number().replace("NaN", "\"NaN\"").replace("Infinity", "1e999");
            case 3 -> string(date());
            case 4 -> string(oneOf(WORDS));
            case 5 -> string(chance(0.05) ? text(70_000) : text(300));
            case 6 -> "[" + value(depth + 1) + (chance(0.5) ? "," + value(depth + 1) : "") + "]";
            case 7 -> "{" + string(text(10)) + ":" + value(depth + 1) + "}";
            default -> "[".repeat(random.intRange(200, 2200)) + "]".repeat(random.intRange(200, 2200));
        };
    }

    /** A number as text: an edge case, or any {@code long} or {@code double}. */
    private String number() {
        return switch (random.intRange(0, 2)) {
            case 0 -> oneOf(NUMBERS);
            case 1 -> String.valueOf(Instancio.gen().longs().range(Long.MIN_VALUE, Long.MAX_VALUE).get());
            default -> String.valueOf(Instancio.gen().doubles().range(-Double.MAX_VALUE, Double.MAX_VALUE).get());
        };
    }

    /** A date as text: an edge case or malformed one, or any date {@link LocalDate} can hold (ISO, so "+10000-01-01"). */
    private String date() {
        return chance(0.5) ? oneOf(DATES)
                : Instancio.gen().temporal().localDate().range(LocalDate.MIN, LocalDate.MAX).get().toString();
    }

    /** A JSON string literal that carries any UTF-16 text exactly, unpaired surrogates and NULs included. */
    static String string(String text) {
        StringBuilder json = new StringBuilder("\"");
        text.chars().forEach(c -> {
            if (c == '"' || c == '\\') {
                json.append('\\').append((char) c);
            } else if (c < 0x20 || Character.isSurrogate((char) c)) {
                json.append(String.format("\\u%04x", c));
            } else {
                json.append((char) c);
            }
        });
        return json.append('"').toString();
    }
}
