package dev.stride.adapters.web.ratelimit;

import dev.stride.application.port.in.ratelimit.RateLimitOutcome.Rejected;
import dev.stride.domain.ratelimit.RateLimit;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The RFC 9457 problems of rate limiting, written by the filter before any controller runs. */
final class RateLimitProblems {

    static final String TYPE_BASE = "https://stride.dev/problems/";
    private static final String PROBLEM_JSON = "application/problem+json";

    private RateLimitProblems() {
    }

    static void tooManyRequests(HttpServletRequest request, HttpServletResponse response, Rejected rejected) throws IOException {
        RateLimitPolicy policy = rejected.policy();
        RateLimit limit = policy.limits().get(rejected.decision().limit());
        write(request, response, 429, "rate-limited", "Too Many Requests",
                "Rate limit '%s' of %d requests per %d seconds exceeded; retry in %d seconds.".formatted(policy.limitName(rejected.decision().limit()),
                        limit.quota(), limit.windowSeconds(), RateLimitHeaders.retryAfterSeconds(rejected.decision())));
    }

    static void serviceUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, 503, "service-unavailable", "Service Unavailable",
                "Requests cannot be rate-limited right now and are refused until they can; retry shortly.");
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, int status, String type,
                              String title, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_BASE + type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status);
        response.setContentType(PROBLEM_JSON);
        response.getOutputStream().write(JsonMapper.shared().writeValueAsBytes(problem));
    }
}
