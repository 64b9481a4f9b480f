package dev.stride.adapters.web.bodysize;

import dev.stride.adapters.web.problem.Problem;
import dev.stride.adapters.web.problem.ProblemType;
import dev.stride.adapters.web.problem.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses request bodies over {@value #MAX_BYTES} bytes ({@value #MAX_IMPORT_BYTES} for an import)
 * with a 413 problem: a declared
 * Content-Length is checked before anything is read; a body of unknown length (chunked) is read
 * up to one byte past the limit and, when it fits, handed on from memory.
 */
final class RequestBodyLimitFilter extends OncePerRequestFilter {

    static final int MAX_BYTES = 64 * 1024;
    static final int MAX_IMPORT_BYTES = 5 * 1024 * 1024;
    static final String IMPORT_PATH = "/api/v1/activities/import";

    private final ProblemWriter problems;

    RequestBodyLimitFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int limit = limitOf(request);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            reject(request, response, limit);
            return;
        }
        if (declared < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            byte[] body = request.getInputStream().readNBytes(limit + 1);
            if (body.length > limit) {
                reject(request, response, limit);
                return;
            }
            chain.doFilter(new BufferedBodyRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static int limitOf(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && IMPORT_PATH.equals(request.getRequestURI()) ? MAX_IMPORT_BYTES : MAX_BYTES;
    }

    private void reject(HttpServletRequest request, HttpServletResponse response, int limit) throws IOException {
        problems.write(request, response, Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + limit + " bytes"));
    }
}
