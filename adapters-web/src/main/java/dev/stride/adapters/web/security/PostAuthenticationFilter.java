package dev.stride.adapters.web.security;

import jakarta.servlet.Filter;

/**
 * A filter that belongs in the security chain right after bearer-token authentication, where the
 * caller is known but not yet authorized (a rate limiter, for example). Declare a bean of this
 * type rather than a {@link Filter} bean, which Spring Boot would also register as a servlet filter
 * of its own; several run in their {@code @Order}.
 */
public record PostAuthenticationFilter(Filter filter) {
}
