package dev.stride.adapters.web.security;

import dev.stride.adapters.web.problem.Problem;
import dev.stride.adapters.web.problem.ProblemType;
import dev.stride.adapters.web.problem.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;
import java.util.List;

/** Unless a gate answers first (see {@link AuthenticationFailureGate}), 401 with the RFC 6750 {@code WWW-Authenticate: Bearer ...} challenge, and a problem body saying what was wrong. */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
    private final ProblemWriter problems;
    private final List<AuthenticationFailureGate> gates;

    ProblemAuthenticationEntryPoint(ProblemWriter problems, List<AuthenticationFailureGate> gates) {
        this.problems = problems;
        this.gates = List.copyOf(gates);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        for (AuthenticationFailureGate gate : gates) {
            if (!gate.beforeUnauthorized(request, response)) {
                return;
            }
        }
        challenge.commence(request, response, e);
        String detail = e instanceof OAuth2AuthenticationException
                ? "The access token is invalid or has expired"
                : "Authentication required: send an access token as 'Authorization: Bearer <token>'";
        problems.write(request, response, Problem.of(ProblemType.UNAUTHORIZED, detail));
    }
}
