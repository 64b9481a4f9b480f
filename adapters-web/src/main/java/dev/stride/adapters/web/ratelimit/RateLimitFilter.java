package dev.stride.adapters.web.ratelimit;

import dev.stride.application.port.in.CheckRateLimitUseCase;
import dev.stride.application.port.in.RateLimitOutcome;
import dev.stride.application.port.in.RateLimitOutcome.Allowed;
import dev.stride.application.port.in.RateLimitOutcome.FailedClosed;
import dev.stride.application.port.in.RateLimitOutcome.FailedOpen;
import dev.stride.application.port.in.RateLimitOutcome.Rejected;
import dev.stride.application.port.in.RateLimitRequest;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import java.io.IOException;
import java.util.Set;

/**
 * Counts every {@code /api/**} request against its rate limits and tells the client where it
 * stands. Belongs in the security filter chain right after bearer-token authentication, so that an
 * authenticated request is counted per user (the JWT subject) and any other per client IP:
 * {@code http.addFilterAfter(rateLimitFilter, BearerTokenAuthenticationFilter.class)}.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

    private static final Set<String> AUTH_ENDPOINTS = Set.of("/api/v1/auth/login", "/api/v1/auth/register", "/api/v1/auth/refresh");

    private final CheckRateLimitUseCase rateLimit;
    private final boolean enabled;
    private final ClientIpResolver clientIps;
    private final RateLimitMetrics metrics;

    public RateLimitFilter(CheckRateLimitUseCase rateLimit, RateLimitProperties properties, MeterRegistry meters) {
        this.rateLimit = rateLimit;
        this.enabled = properties.enabled();
        this.clientIps = new ClientIpResolver(properties.trustedProxyRanges());
        this.metrics = new RateLimitMetrics(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !enabled || !(path.equals("/api") || path.startsWith("/api/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimitOutcome outcome = rateLimit.check(
                new RateLimitRequest(userId(), clientIps.resolve(request), AUTH_ENDPOINTS.contains(path(request))));
        metrics.record(outcome);
        RateLimitHeaders.write(outcome, response);
        switch (outcome) {
            case Rejected rejected -> RateLimitProblems.tooManyRequests(request, response, rejected);
            case FailedClosed failedClosed -> RateLimitProblems.serviceUnavailable(request, response);
            case Allowed allowed -> chain.doFilter(request, response);
            case FailedOpen failedOpen -> chain.doFilter(request, response);
        }
    }

    /** The authenticated user (for a bearer token, the JWT subject), or null for an anonymous request. */
    private static String userId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean authenticated = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        return authenticated ? authentication.getName() : null;
    }

    /** Decoded, as Spring MVC routes it: {@code /api/v1/auth/%6Cogin} must count as a login, {@code /%61pi/...} as the API. */
    private static String path(HttpServletRequest request) {
        return UrlPathHelper.defaultInstance.getPathWithinApplication(request);
    }
}
