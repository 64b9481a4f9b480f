package dev.stride.application.port.in;

import java.util.Objects;

/**
 * The little a rate-limit check needs to know about a request.
 *
 * @param userId       the authenticated user, or null for an anonymous request
 * @param clientIp     the client's address as resolved by the driving adapter (never a proxy's, never client-chosen)
 * @param authEndpoint whether the request is a login, registration or token refresh
 */
public record RateLimitRequest(String userId, String clientIp, boolean authEndpoint) {

    public RateLimitRequest {
        Objects.requireNonNull(clientIp, "clientIp");
        if (userId != null && userId.isBlank()) {
            throw new IllegalArgumentException("userId must be null or not blank");
        }
    }

    public static RateLimitRequest anonymous(String clientIp, boolean authEndpoint) {
        return new RateLimitRequest(null, clientIp, authEndpoint);
    }

    public static RateLimitRequest authenticated(String userId, String clientIp, boolean authEndpoint) {
        return new RateLimitRequest(Objects.requireNonNull(userId, "userId"), clientIp, authEndpoint);
    }
}
