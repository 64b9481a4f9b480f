package dev.stride.adapters.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Asked before a request that authentication rejected is answered 401 (a missing, invalid, expired
 * or revoked token): a rate limiter counts it here, since such a request never reaches the filters
 * that run after authentication. Declare a bean of this type; every one is asked, in order.
 */
public interface AuthenticationFailureGate {

    /** @return false when this gate has answered the request itself (a 429, say): no 401 is written then */
    boolean beforeUnauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException;
}
