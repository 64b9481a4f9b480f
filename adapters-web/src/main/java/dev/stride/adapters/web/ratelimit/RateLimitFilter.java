package dev.stride.adapters.web.ratelimit;

import dev.stride.adapters.web.problem.Problem;
import dev.stride.adapters.web.problem.ProblemType;
import dev.stride.adapters.web.problem.ProblemWriter;
import dev.stride.adapters.web.security.AuthenticationFailureGate;
import dev.stride.application.port.in.ratelimit.CheckRateLimitUseCase;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.Allowed;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.FailedClosed;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.FailedOpen;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.Rejected;
import dev.stride.application.port.in.ratelimit.RateLimitRequest;
import dev.stride.domain.ratelimit.RateLimit;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.util.UrlPathHelper;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;

/**
 * Counts every {@code /api/**} request against its rate limits and tells the client where it
 * stands. Belongs in the security filter chain right after bearer-token authentication, so that an
 * authenticated request is counted per user (the JWT subject) and any other per client IP:
 * {@code http.addFilterAfter(rateLimitFilter, BearerTokenAuthenticationFilter.class)}. A request
 * whose token authentication rejected never gets that far: it is counted as anonymous by
 * {@link #beforeUnauthorized}, so that spraying forged, expired or revoked tokens is limited per
 * client IP like any anonymous traffic. {@code GET /api/v1/rate-limit} is counted nowhere.
 *
 * <p>A request is counted once whatever its dispatches (an error or async one runs the chain again):
 * the mark it gets when counted is what every later pass checks, rather than a
 * {@code OncePerRequestFilter}'s own attribute set and removed around each pass, three attribute
 * calls through every request wrapper on the hottest path there is.
 */
public final class RateLimitFilter implements Filter, AuthenticationFailureGate {

    static final String STANDING_PATH = "/api/v1/rate-limit";
    private static final Set<String> AUTH_ENDPOINTS = Set.of("/api/v1/auth/login", "/api/v1/auth/register", "/api/v1/auth/refresh");
    /** Set on a request once it has been counted, so that it is never counted twice. */
    private static final String COUNTED = RateLimitFilter.class.getName() + ".counted";

    private final CheckRateLimitUseCase rateLimit;
    private final boolean enabled;
    private final ClientIpResolver clientIps;
    private final RateLimitMetrics metrics;
    private final RateLimitHeaders headers;
    private final ProblemWriter problems;

    public RateLimitFilter(CheckRateLimitUseCase rateLimit, RateLimitProperties properties, MeterRegistry meters, Clock clock,
                           ProblemWriter problems) {
        this.rateLimit = rateLimit;
        this.enabled = properties.enabled();
        this.clientIps = new ClientIpResolver(properties.trustedProxyRanges(), properties.ipv6Prefix());
        this.metrics = new RateLimitMetrics(meters);
        this.headers = new RateLimitHeaders(clock);
        this.problems = problems;
    }

    /** Whether the request is limited is decided here, once its path is decoded. */
    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        if (!nothingToCount(request)) {
            String path = path(request);
            if (isLimited(request, path) && !count(request, path, (HttpServletResponse) servletResponse, userId())) {
                return;
            }
        }
        chain.doFilter(servletRequest, servletResponse);
    }

    /** Counts a request that authentication rejected, unless it was counted already; false when it was refused here. */
    @Override
    public boolean beforeUnauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (nothingToCount(request)) {
            return true;
        }
        String path = path(request);
        return !isLimited(request, path) || count(request, path, response, null);
    }

    /** The caller as this filter sees it, for the standing endpoint. */
    RateLimitRequest caller(HttpServletRequest request) {
        return request(request, path(request), userId());
    }

    /** The limiter is off, or counted the request already. */
    private boolean nothingToCount(HttpServletRequest request) {
        return !enabled || request.getAttribute(COUNTED) != null;
    }

    private boolean count(HttpServletRequest request, String path, HttpServletResponse response, String userId) throws IOException {
        request.setAttribute(COUNTED, Boolean.TRUE);
        RateLimitOutcome outcome = rateLimit.check(request(request, path, userId));
        metrics.record(outcome);
        headers.write(outcome, response);
        switch (outcome) {
            case Rejected rejected -> problems.write(request, response, tooManyRequests(rejected));
            case FailedClosed failedClosed -> problems.write(request, response, Problem.of(ProblemType.SERVICE_UNAVAILABLE,
                    "Requests cannot be rate-limited right now and are refused until they can; retry shortly."));
            case Allowed allowed -> {
                return true;
            }
            case FailedOpen failedOpen -> {
                return true;
            }
        }
        return false;
    }

    /** {@code Retry-After} is among the headers already written. */
    private static Problem tooManyRequests(Rejected rejected) {
        RateLimitPolicy policy = rejected.policy();
        RateLimit limit = policy.limits().get(rejected.decision().limit());
        return Problem.of(ProblemType.RATE_LIMITED, "Rate limit '%s' of %d requests per %d seconds exceeded; retry in %d seconds."
                .formatted(policy.limitName(rejected.decision().limit()), limit.quota(), limit.windowSeconds(),
                        RateLimitHeaders.retryAfterSeconds(rejected.decision())));
    }

    private RateLimitRequest request(HttpServletRequest request, String path, String userId) {
        return new RateLimitRequest(userId, clientIps.resolve(request), AUTH_ENDPOINTS.contains(path),
                request.getMethod().toUpperCase(Locale.ROOT), path);
    }

    /** The authenticated user (for a bearer token, the JWT subject), or null for an anonymous request. */
    private static String userId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean authenticated = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        return authenticated ? authentication.getName() : null;
    }

    /** Every {@code /api/**} request but the standing's. */
    private static boolean isLimited(HttpServletRequest request, String path) {
        boolean api = path.equals("/api") || path.startsWith("/api/");
        return api && !("GET".equals(request.getMethod()) && STANDING_PATH.equals(path));
    }

    /** Decoded, as Spring MVC routes it: {@code /api/v1/auth/%6Cogin} must count as a login, {@code /%61pi/...} as the API. */
    private static String path(HttpServletRequest request) {
        return UrlPathHelper.defaultInstance.getPathWithinApplication(request);
    }
}
