package dev.stride.adapters.web.cors;

import dev.stride.adapters.web.problem.Problem;
import dev.stride.adapters.web.problem.ProblemType;
import dev.stride.adapters.web.problem.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;

import java.io.IOException;

/** Spring's CORS checks, with a refusal (an origin, method or header not allowed) as a 403 problem instead of plain text. */
final class ProblemCorsProcessor extends DefaultCorsProcessor {

    private final ProblemWriter problems;

    ProblemCorsProcessor(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public boolean processRequest(CorsConfiguration config, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean allowed = super.processRequest(config, request, response);
        if (!allowed) {
            problems.write(request, response, Problem.of(ProblemType.FORBIDDEN, "Cross-origin request from "
                    + request.getHeader(HttpHeaders.ORIGIN) + " refused: see stride.cors.allowed-origins"));
        }
        return allowed;
    }

    /** {@link #processRequest} writes the problem, knowing the request. */
    @Override
    protected void rejectRequest(ServerHttpResponse response) {
    }
}
