package dev.stride.adapters.web.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The one way a {@link Problem} becomes a response, wherever it is raised: as a {@link ResponseEntity}
 * for Spring MVC (the controller advice, the error controller), or written straight to the servlet
 * response by the code that runs before Spring MVC (filters, security handlers, Tomcat's error valve).
 * Both send the same status, headers, {@code application/problem+json} and JSON, with the
 * application's JSON mapper, and the path the client asked for as the {@code instance}.
 */
@Component
public final class ProblemWriter {

    private final JsonMapper json;

    /** @param json the application's mapper; given Spring's mix-in for problems, as Spring MVC's converter does */
    public ProblemWriter(JsonMapper json) {
        this.json = json.rebuild().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
    }

    public ResponseEntity<Object> entity(HttpServletRequest request, Problem problem) {
        return ResponseEntity.status(problem.status()).headers(problem.headers())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body(request, problem));
    }

    public void write(HttpServletRequest request, HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        problem.headers().forEach((name, values) -> {
            response.setHeader(name, values.getFirst());
            values.stream().skip(1).forEach(value -> response.addHeader(name, value));
        });
        // No charset parameter, as Spring MVC sends it: JSON is UTF-8 (RFC 8259), which the mapper writes.
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body(request, problem));
    }

    private static ProblemDetail body(HttpServletRequest request, Problem problem) {
        return problem.body(instance(request));
    }

    /** The path the client asked for: on an error dispatch, the original request's, not the error path. */
    private static URI instance(HttpServletRequest request) {
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original
                ? original : request.getRequestURI();
        return toUri(path);
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
}
