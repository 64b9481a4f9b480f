package dev.stride.adapters.web.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Optional;

/** The kinds of error Stride reports, each a stable RFC 9457 {@code type} URI that clients may switch on. */
public enum ProblemType {
    VALIDATION("validation", HttpStatus.BAD_REQUEST, "Validation failed"),
    MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST, "Malformed request"),
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Unauthorized"),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Forbidden"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
    CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict"),
    QUOTA_EXCEEDED("quota-exceeded", HttpStatus.CONFLICT, "Quota exceeded"),
    PRECONDITION_FAILED("precondition-failed", HttpStatus.PRECONDITION_FAILED, "Precondition failed"),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error"),
    SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable");

    private static final String BASE_URI = "https://stride.dev/problems/";

    private final URI uri;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.uri = URI.create(BASE_URI + slug);
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    /** A problem of this type about the request to {@code instance} (the request path). */
    public ProblemDetail problem(String detail, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return describe(problem, instance);
    }

    /** A problem of the generic {@code about:blank} type, for a status Stride defines no type of its own for. */
    static ProblemDetail generic(HttpStatusCode status, String detail, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        problem.setInstance(toUri(instance));
        return problem;
    }

    /** Gives a problem Spring built this type's URI and title, and the request path as its instance. */
    ProblemDetail describe(ProblemDetail problem, String instance) {
        problem.setType(uri);
        problem.setTitle(title);
        problem.setInstance(toUri(instance));
        return problem;
    }

    /** The request path is already percent-encoded; anything that still is no URI gets quoted rather than failing. */
    private static URI toUri(String path) {
        try {
            return URI.create(path);
        } catch (IllegalArgumentException e) {
            try {
                return new URI(null, null, path, null);
            } catch (URISyntaxException unquotable) {
                return null;
            }
        }
    }

    /** The generic type of a status; for 400 that is a malformed request (validation problems are built on purpose). */
    static Optional<ProblemType> forStatus(HttpStatusCode status) {
        return Arrays.stream(values())
                .filter(type -> type != VALIDATION && type.status.value() == status.value())
                .findFirst();
    }
}
