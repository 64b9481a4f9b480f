package dev.stride.adapters.web.problem;

import dev.stride.domain.shared.ValidationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.time.Duration;

/**
 * One problem to answer with: its {@link ProblemType} (or {@code about:blank} for a status Stride
 * has no type for), detail, extra members and headers. {@link ProblemWriter} puts it on the wire,
 * with the request path as its {@code instance}.
 */
public final class Problem {

    private final ProblemDetail body;
    private final HttpHeaders headers = new HttpHeaders();

    private Problem(ProblemDetail body) {
        this.body = body;
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.describe(ProblemDetail.forStatusAndDetail(type.status(), detail)));
    }

    /** A validation problem listing every violated field in {@code errors}. */
    public static Problem invalid(ValidationException invalid) {
        return of(ProblemType.VALIDATION, invalid.getMessage()).with("errors", invalid.violations().stream()
                .map(violation -> new InvalidField(violation.field(), violation.message())).toList());
    }

    /**
     * The type of a status ({@link ProblemType#forStatus}); for a status Stride has no type for, the
     * generic {@code about:blank}, which RFC 9457 defines for this, titled with the status's reason phrase.
     */
    static Problem forStatus(HttpStatusCode status, String detail) {
        return from(ProblemDetail.forStatusAndDetail(status, detail));
    }

    /** A problem Spring MVC built for one of its own exceptions, given Stride's type for its status if there is one. */
    static Problem from(ProblemDetail built) {
        HttpStatusCode status = HttpStatusCode.valueOf(built.getStatus());
        ProblemType.forStatus(status).ifPresentOrElse(type -> type.describe(built),
                () -> built.setType(URI.create("about:blank")));
        return new Problem(built);
    }

    /** An extra member beside the standard ones, such as a validation problem's {@code errors}. */
    public Problem with(String member, Object value) {
        body.setProperty(member, value);
        return this;
    }

    public Problem header(String name, String value) {
        headers.set(name, value);
        return this;
    }

    /** Headers Spring MVC gives one of its own problems, such as {@code Allow} with a 405. */
    Problem headers(HttpHeaders more) {
        headers.addAll(more);
        return this;
    }

    /** {@code Retry-After} in whole seconds, rounded up and at least one: a client waiting that long is never early. */
    public Problem retryAfter(Duration retryAfter) {
        return header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds(retryAfter)));
    }

    /** The seconds {@link #retryAfter} sends, for a detail that names them. */
    public static long retryAfterSeconds(Duration retryAfter) {
        long seconds = retryAfter.toSeconds();
        return Math.max(1, retryAfter.toNanosPart() == 0 ? seconds : seconds + 1);
    }

    int status() {
        return body.getStatus();
    }

    HttpHeaders headers() {
        return headers;
    }

    ProblemDetail body(URI instance) {
        body.setInstance(instance);
        return body;
    }
}
