package dev.stride.adapters.web.idempotency;

import dev.stride.adapters.web.bodysize.BufferedBodyRequest;
import dev.stride.adapters.web.problem.Problem;
import dev.stride.adapters.web.problem.ProblemType;
import dev.stride.adapters.web.problem.ProblemWriter;
import dev.stride.application.port.in.idempotency.Admission;
import dev.stride.application.port.in.idempotency.IdempotentRequestsUseCase;
import dev.stride.domain.idempotency.IdempotencyKey;
import dev.stride.domain.idempotency.IdempotencyStoreUnavailableException;
import dev.stride.domain.idempotency.RequestFingerprint;
import dev.stride.domain.idempotency.StoredResponse;
import dev.stride.domain.shared.ValidationException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UrlPathHelper;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Idempotency-Key} on the routes of {@link IdempotentRoutes} (the IETF httpapi draft): the
 * first request with a key is processed and, if it succeeded, its status, {@code Location},
 * {@code ETag} and body are kept; a retry with the same key and body gets them again with
 * {@code Idempotent-Replayed: true} and creates nothing. Runs after the security chain (the key
 * belongs to the authenticated caller; a request refused there, 401 or 429, claims nothing) and
 * after the body-size limit (the body it reads to fingerprint is bounded).
 */
final class IdempotencyFilter extends OncePerRequestFilter {

    static final String REPLAYED = "Idempotent-Replayed";
    /** What a replay repeats besides status and body; rate-limit headers are the retry's own. */
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG, HttpHeaders.CONTENT_TYPE);
    /** Redis, where the records are kept, is back about as soon. */
    private static final Duration STORE_RETRY_AFTER = Duration.ofSeconds(5);
    /** A request in flight is usually answered within a second. */
    private static final Duration IN_FLIGHT_RETRY_AFTER = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotentRequestsUseCase idempotentRequests;
    private final ProblemWriter problems;

    IdempotencyFilter(IdempotentRequestsUseCase idempotentRequests, ProblemWriter problems) {
        this.idempotentRequests = idempotentRequests;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !IdempotentRoutes.matches(request.getMethod(), UrlPathHelper.defaultInstance.getPathWithinApplication(request))
                || request.getHeader(IdempotencyKey.HEADER) == null || callerId() == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        IdempotencyKey key;
        try {
            key = new IdempotencyKey(callerId(), singleKey(request));
        } catch (ValidationException invalid) {
            problems.write(request, response, Problem.invalid(invalid));
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        Admission admission;
        try {
            admission = idempotentRequests.admit(key,
                    RequestFingerprint.of(request.getMethod(), request.getRequestURI(), body));
        } catch (IdempotencyStoreUnavailableException e) {
            log.warn("Idempotency records unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(),
                    e.getMessage());
            problems.write(request, response, Problem.of(ProblemType.SERVICE_UNAVAILABLE, """
                    Requests with an Idempotency-Key cannot be processed safely right now; retry shortly with the \
                    same key""").retryAfter(STORE_RETRY_AFTER));
            return;
        }
        switch (admission) {
            case Admission.Proceed admitted -> process(new BufferedBodyRequest(request, body), response, chain, admitted);
            case Admission.Replay(StoredResponse stored) -> replay(stored, response);
            case Admission.InFlight inFlight -> {
                problems.write(request, response, Problem.of(ProblemType.IDEMPOTENCY_KEY_IN_USE, """
                        A request with this Idempotency-Key is still being processed; retry once it has been answered""")
                        .retryAfter(IN_FLIGHT_RETRY_AFTER));
            }
            case Admission.Mismatch mismatch -> problems.write(request, response, Problem.of(ProblemType.IDEMPOTENCY_KEY_REUSED, """
                    This Idempotency-Key was used for a different request (another body or endpoint); use a new key \
                    for a new request"""));
        }
    }

    private void process(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                         Admission.Proceed admitted) throws ServletException, IOException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, recorded);
        } catch (ServletException | IOException | RuntimeException | Error e) {
            idempotentRequests.abandon(admitted);
            throw e;
        }
        idempotentRequests.finish(admitted, stored(recorded));
        recorded.copyBodyToResponse();
    }

    private static StoredResponse stored(ContentCachingResponseWrapper response) {
        Map<String, String> headers = new HashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = name.equals(HttpHeaders.CONTENT_TYPE) ? response.getContentType() : response.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return new StoredResponse(response.getStatus(), headers, response.getContentAsByteArray());
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        stored.headers().forEach(response::setHeader);
        response.setHeader(REPLAYED, "true");
        byte[] body = stored.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The header sent more than once names no single key: invalid, like an empty one. */
    private static String singleKey(HttpServletRequest request) {
        List<String> values = Collections.list(request.getHeaders(IdempotencyKey.HEADER));
        return values.size() == 1 ? values.getFirst() : null;
    }

    /** The authenticated user, or null: then the security chain has decided, and there is nothing to scope a key to. */
    private static Long callerId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        try {
            return Long.parseLong(authentication.getName());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
