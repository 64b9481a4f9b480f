package dev.stride.adapters.web.security;

/**
 * The authenticated caller, as a controller method parameter: the user id from the access token's
 * subject, and the session (login family) the token belongs to, null if the token does not say.
 */
public record CurrentUser(long id, String sessionId) {
}
