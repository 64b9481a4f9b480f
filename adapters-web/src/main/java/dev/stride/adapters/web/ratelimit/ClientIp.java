package dev.stride.adapters.web.ratelimit;

/**
 * The client's address as a controller method parameter (for the audit trail): the socket peer,
 * or what trusted proxies forwarded, resolved exactly as the rate limiter resolves it.
 */
public record ClientIp(String value) {
}
