package dev.stride.adapters.web.security;

/** The authenticated caller, as a controller method parameter: the user id from the access token's subject. */
public record CurrentUser(long id) {
}
