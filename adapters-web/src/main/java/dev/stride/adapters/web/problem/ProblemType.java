package dev.stride.adapters.web.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of error Stride reports, each a stable RFC 9457 {@code type} URI that clients may switch on;
 * {@code docs/problems.md} explains each one, and {@code ProblemDocsTest} keeps the two in step.
 */
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
    RATE_LIMITED("rate-limited", HttpStatus.TOO_MANY_REQUESTS, "Too Many Requests"),
    INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error"),
    SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable"),
    IDEMPOTENCY_KEY_IN_USE("idempotency-key-in-use", HttpStatus.CONFLICT, "Request with this Idempotency-Key in progress"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused for another request");

    /**
     * Relative: a type resolves against the request that got the problem, to the page this server serves
     * about it ({@link ProblemPages}, from {@code docs/problems.md}), whatever host Stride runs on.
     */
    static final String BASE_URI = "/problems/";

    private final String slug;
    private final URI uri;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.slug = slug;
        this.uri = URI.create(BASE_URI + slug);
        this.status = status;
        this.title = title;
    }

    /** The last segment of the type URI, and the heading of its section in {@code docs/problems.md}. */
    public String slug() {
        return slug;
    }

    public HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    /** Gives a problem this type's URI and title. */
    ProblemDetail describe(ProblemDetail problem) {
        problem.setType(uri);
        problem.setTitle(title);
        return problem;
    }

    /**
     * The generic type of a status; for 400 that is a malformed request (validation problems are built on
     * purpose, as are the idempotency problems).
     */
    static Optional<ProblemType> forStatus(HttpStatusCode status) {
        return Arrays.stream(values())
                .filter(type -> type != VALIDATION && type != IDEMPOTENCY_KEY_REUSED && type.status.value() == status.value())
                .findFirst();
    }
}
