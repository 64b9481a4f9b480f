package dev.stride.application.port.in.ratelimit;

import java.util.Objects;

/**
 * The little a rate-limit check needs to know about a request.
 *
 * @param userId       the authenticated user, or null for an anonymous request
 * @param clientIp     the client as resolved by the driving adapter (never a proxy's, never client-chosen; an IPv6 client by its network)
 * @param authEndpoint whether the request is a login, registration or token refresh
 * @param method       the HTTP method, upper case
 * @param path         the decoded path, as routes are matched against it
 */
public record RateLimitRequest(String userId, String clientIp, boolean authEndpoint, String method, String path) {

    public RateLimitRequest {
        Objects.requireNonNull(clientIp, "clientIp");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        if (userId != null && userId.isBlank()) {
            throw new IllegalArgumentException("userId must be null or not blank");
        }
    }

    public static RateLimitRequest anonymous(String clientIp, boolean authEndpoint) {
        return new RateLimitRequest(null, clientIp, authEndpoint, "GET", "/api");
    }

    public static RateLimitRequest authenticated(String userId, String clientIp, boolean authEndpoint) {
        return new RateLimitRequest(Objects.requireNonNull(userId, "userId"), clientIp, authEndpoint, "GET", "/api");
    }

    /** The same caller on another route. */
    public RateLimitRequest on(String method, String path) {
        return new RateLimitRequest(userId, clientIp, authEndpoint, method, path);
    }

    /** The key of the caller's own count: the user when authenticated, else the client IP. */
    public String callerKey() {
        return userId == null ? ipKey() : "user:" + userId;
    }

    public String ipKey() {
        return "ip:" + clientIp;
    }
}
