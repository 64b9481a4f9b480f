package dev.stride.adapters.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
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
 * Requests the web layer cannot take as sent become problems: Spring MVC's own exceptions (through
 * {@link ResponseEntityExceptionHandler}), unreadable JSON, an unparsable query, an upload that is
 * invalid or too large. The domain's exceptions are {@link DomainProblemAdvice}'s, anything else
 * {@link UnexpectedProblemAdvice}'s.
 *
 * <p>Spring asks the advices in their order and takes the first with a handler for the exception or,
 * failing that, for one of its causes. This one goes first, so that Spring's exceptions are answered
 * as such even when a domain exception is their cause (a constructor that refused a value while
 * JSON was read); the last resort goes last, so that it never answers for an exception another
 * advice knows.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestProblemAdvice extends ResponseEntityExceptionHandler {

    private final ProblemWriter problems;

    RequestProblemAdvice(ProblemWriter problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidLinesException.class)
    ResponseEntity<Object> invalidLines(InvalidLinesException e, HttpServletRequest request) {
        return problems.entity(request, Problem.of(ProblemType.VALIDATION, e.getMessage()).with("errors", e.errors()));
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Object> payloadTooLarge(PayloadTooLargeException e, HttpServletRequest request) {
        return problem(ProblemType.PAYLOAD_TOO_LARGE, e.getMessage(), request);
    }

    @ExceptionHandler(MalformedRequestException.class)
    ResponseEntity<Object> malformed(MalformedRequestException e, HttpServletRequest request) {
        return problem(ProblemType.MALFORMED_REQUEST, e.getMessage(), request);
    }

    /** Tomcat refuses a query string it cannot parse (a parameter without a name) when it is first read. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> unparsableQuery(InvalidParameterException e, HttpServletRequest request) {
        return problem(ProblemType.MALFORMED_REQUEST, "The query string could not be parsed", request);
    }

    /** JSON bound outside a message converter, such as a merge patch applied to the stored activity. */
    @ExceptionHandler(JacksonException.class)
    ResponseEntity<Object> unbindableJson(JacksonException e, HttpServletRequest request) {
        return unreadableJson(e, request);
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
        return invalid(new InvalidField(name, expected), servletRequest(request));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(new InvalidField(e.getParameterName(), "is required"), servletRequest(request));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = servletRequest(request);
        return problem(ProblemType.NOT_FOUND,
                "No endpoint " + servletRequest.getMethod() + " " + servletRequest.getRequestURI(), servletRequest);
    }

    /**
     * Gives the problems Spring MVC builds for its own exceptions (405, 406, 415, ...) Stride's types,
     * keeping the headers Spring adds (such as {@code Allow}), and sends them as problem JSON whatever
     * the request's Accept header says (even one that cannot be parsed).
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (!(body instanceof ProblemDetail built)) {
            return super.createResponseEntity(body, headers, status, request);
        }
        return problems.entity(servletRequest(request), Problem.from(built).headers(headers));
    }

    /** A single offending field: a validation problem whose detail names it. */
    private ResponseEntity<Object> invalid(InvalidField field, HttpServletRequest request) {
        return problems.entity(request, Problem.of(ProblemType.VALIDATION, field.field() + " " + field.message())
                .with("errors", List.of(field)));
    }

    private ResponseEntity<Object> unreadableJson(JacksonException e, HttpServletRequest request) {
        return JsonInputErrors.invalidField(e)
                .map(field -> invalid(field, request))
                .orElseGet(() -> problem(ProblemType.MALFORMED_REQUEST, JsonInputErrors.malformed(e), request));
    }

    private ResponseEntity<Object> problem(ProblemType type, String detail, HttpServletRequest request) {
        return problems.entity(request, Problem.of(type, detail));
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
}
