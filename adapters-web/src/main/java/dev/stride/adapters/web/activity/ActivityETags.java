package dev.stride.adapters.web.activity;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.shared.PreconditionFailedException;
import dev.stride.domain.shared.ValidationException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/** An activity's strong ETag is its version in quotes ({@code "3"}); If-Match is checked against it (RFC 9110 13.1.1). */
final class ActivityETags {

    private ActivityETags() {
    }

    static String of(int version) {
        return "\"" + version + "\"";
    }

    /**
     * The activity as answered, its ETag set. Headers go on the servlet response, not into a
     * ResponseEntity: Spring flushes a ResponseEntity before the request completes, so Tomcat would
     * not know the length of even a small body and would send it chunked, with one more write per response.
     */
    static ActivityResponse tagged(Activity activity, HttpServletResponse response) {
        response.setHeader(HttpHeaders.ETAG, of(activity.version()));
        return ActivityResponse.of(activity);
    }

    /**
     * The version a conditional write expects, or null when there is no If-Match or it is {@code *}.
     *
     * @param current the activity's current version; asked only when If-Match lists several tags
     * @throws PreconditionFailedException when no listed tag can match (weak tags never do)
     * @throws ValidationException         when the header is not a list of entity tags
     */
    static Integer expectedVersion(String ifMatch, IntSupplier current) {
        if (ifMatch == null || ifMatch.strip().equals("*")) {
            return null;
        }
        List<Integer> versions = strongVersions(ifMatch);
        if (versions.size() == 1) {
            return versions.getFirst();
        }
        if (!versions.isEmpty()) {
            int version = current.getAsInt();
            if (versions.contains(version)) {
                return version;
            }
        }
        throw new PreconditionFailedException("the activity's current version is not among If-Match " + ifMatch.strip());
    }

    private static List<Integer> strongVersions(String header) {
        List<Integer> versions = new ArrayList<>();
        int i = 0;
        while (true) {
            i = skip(header, i, " \t,");
            if (i == header.length()) {
                return versions;
            }
            boolean weak = header.startsWith("W/", i);
            int open = weak ? i + 2 : i;
            int close = open < header.length() && header.charAt(open) == '"' ? header.indexOf('"', open + 1) : -1;
            if (close < 0) {
                throw malformed();
            }
            String opaque = header.substring(open + 1, close);
            if (!weak && !opaque.isEmpty() && opaque.length() < 10 && opaque.chars().allMatch(Character::isDigit)) {
                versions.add(Integer.parseInt(opaque));
            }
            i = skip(header, close + 1, " \t");
            if (i < header.length() && header.charAt(i) != ',') {
                throw malformed();
            }
        }
    }

    private static ValidationException malformed() {
        return ValidationException.of("If-Match", "must be * or a list of entity tags such as \"3\"");
    }

    private static int skip(String text, int from, String characters) {
        int i = from;
        while (i < text.length() && characters.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }
}
