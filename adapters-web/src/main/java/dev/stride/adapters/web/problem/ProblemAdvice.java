package dev.stride.adapters.web.problem;

import dev.stride.domain.session.SessionStoreUnavailableException;
import dev.stride.domain.shared.AuthenticationFailedException;
import dev.stride.domain.shared.ConflictException;
import dev.stride.domain.shared.NotFoundException;
import dev.stride.domain.shared.PreconditionFailedException;
import dev.stride.domain.shared.QuotaExceededException;
import dev.stride.domain.shared.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

import java.util.List;

/**
 * Every error raised while handling a request becomes an RFC 9457 problem: the domain's own
 * exceptions, Spring MVC's (through {@link ResponseEntityExceptionHandler}), unreadable JSON and,
 * as a last resort, anything unexpected (a 500 that reveals nothing internal).
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<Object> validation(ValidationException e, HttpServletRequest request) {
        return validationProblem(e.getMessage(),
                e.violations().stream().map(v -> new InvalidField(v.field(), v.message())).toList(), request);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e, HttpServletRequest request) {
        return problem(ProblemType.NOT_FOUND, capitalized(e.getMessage()), request);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e, HttpServletRequest request) {
        return problem(ProblemType.CONFLICT, capitalized(e.getMessage()), request);
    }

    /** Names the quota and its limit, so a client can tell it from other conflicts. */
    @ExceptionHandler(QuotaExceededException.class)
    ResponseEntity<Object> quotaExceeded(QuotaExceededException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemType.QUOTA_EXCEEDED.problem(capitalized(e.getMessage()), request.getRequestURI());
        problem.setProperty("quota", e.quota());
        problem.setProperty("limit", e.limit());
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(InvalidLinesException.class)
    ResponseEntity<Object> invalidLines(InvalidLinesException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemType.VALIDATION.problem(e.getMessage(), request.getRequestURI());
        problem.setProperty("errors", e.errors());
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Object> payloadTooLarge(PayloadTooLargeException e, HttpServletRequest request) {
        return problem(ProblemType.PAYLOAD_TOO_LARGE, e.getMessage(), request);
    }

    @ExceptionHandler(PreconditionFailedException.class)
    ResponseEntity<Object> preconditionFailed(PreconditionFailedException e, HttpServletRequest request) {
        return problem(ProblemType.PRECONDITION_FAILED,
                capitalized(e.getMessage()) + "; fetch it again and retry with its current ETag", request);
    }

    @ExceptionHandler(AuthenticationFailedException.class)
    ResponseEntity<Object> authenticationFailed(AuthenticationFailedException e, HttpServletRequest request) {
        // RFC 9110 requires a challenge with every 401.
        return ResponseEntity.status(ProblemType.UNAUTHORIZED.status())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemType.UNAUTHORIZED.problem("Authentication failed", request.getRequestURI()));
    }

    /** Sessions live in Redis: without it nobody can log in or refresh, but it is not the caller's fault. */
    @ExceptionHandler(SessionStoreUnavailableException.class)
    ResponseEntity<Object> sessionStoreUnavailable(SessionStoreUnavailableException e, HttpServletRequest request) {
        log.warn("Session store unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return ResponseEntity.status(ProblemType.SERVICE_UNAVAILABLE.status())
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(ProblemType.SERVICE_UNAVAILABLE.problem("Sessions cannot be stored or read right now; try again shortly",
                        request.getRequestURI()));
    }

    @ExceptionHandler(MalformedRequestException.class)
    ResponseEntity<Object> malformed(MalformedRequestException e, HttpServletRequest request) {
        return problem(ProblemType.MALFORMED_REQUEST, e.getMessage(), request);
    }

    /** JSON bound outside a message converter, such as a merge patch applied to the stored activity. */
    @ExceptionHandler(JacksonException.class)
    ResponseEntity<Object> unbindableJson(JacksonException e, HttpServletRequest request) {
        return unreadableJson(e, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problem(ProblemType.INTERNAL, "An unexpected error occurred", request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = servletRequest(request);
        JacksonException json = cause(e, JacksonException.class);
        if (json != null) {
            return unreadableJson(json, servletRequest);
        }
        String detail = e.getCause() == null ? "The request body is missing" : "The request body could not be read";
        return problem(ProblemType.MALFORMED_REQUEST, detail, servletRequest);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : e.getPropertyName();
        String expected = e.getRequiredType() == null ? "has an invalid value" : TypeNames.expected(e.getRequiredType());
        return validationProblem(name + " " + expected, List.of(new InvalidField(name, expected)),
                servletRequest(request));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return validationProblem(e.getParameterName() + " is required",
                List.of(new InvalidField(e.getParameterName(), "is required")), servletRequest(request));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = servletRequest(request);
        return problem(ProblemType.NOT_FOUND,
                "No endpoint " + servletRequest.getMethod() + " " + servletRequest.getRequestURI(), servletRequest);
    }

    /**
     * Gives the problems Spring MVC builds for its own exceptions (405, 406, 415, ...) Stride's types
     * and the request path, and sends them as problem JSON whatever the request's Accept header says
     * (even one that cannot be parsed).
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            ProblemType.forStatus(status).ifPresent(type -> type.describe(problem, servletRequest(request).getRequestURI()));
            headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private ResponseEntity<Object> unreadableJson(JacksonException e, HttpServletRequest request) {
        return JsonInputErrors.invalidField(e)
                .map(field -> validationProblem(field.field() + " " + field.message(), List.of(field), request))
                .orElseGet(() -> problem(ProblemType.MALFORMED_REQUEST, JsonInputErrors.malformed(e), request));
    }

    private static ResponseEntity<Object> validationProblem(String detail, List<InvalidField> errors,
            HttpServletRequest request) {
        ProblemDetail problem = ProblemType.VALIDATION.problem(detail, request.getRequestURI());
        problem.setProperty("errors", errors);
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<Object> problem(ProblemType type, String detail, HttpServletRequest request) {
        return ResponseEntity.status(type.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(type.problem(detail, request.getRequestURI()));
    }

    private static HttpServletRequest servletRequest(WebRequest request) {
        return ((ServletWebRequest) request).getRequest();
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static String capitalized(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
