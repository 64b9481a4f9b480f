package dev.stride.adapters.web.problem;

import dev.stride.domain.shared.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * Writes a problem straight to the servlet response, for the places that run before Spring MVC
 * (security entry points, servlet filters) and so cannot throw to the controller advice.
 */
@Component
public final class ProblemWriter {

    private final JsonMapper json;

    ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail)
            throws IOException {
        write(response, type.problem(detail, request.getRequestURI()));
    }

    /** A validation problem listing every violated field in {@code errors}, as the controller advice writes it. */
    public void write(HttpServletRequest request, HttpServletResponse response, ValidationException invalid)
            throws IOException {
        ProblemDetail problem = ProblemType.VALIDATION.problem(invalid.getMessage(), request.getRequestURI());
        problem.setProperty("errors", invalid.violations().stream()
                .map(violation -> new InvalidField(violation.field(), violation.message())).toList());
        write(response, problem);
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
