package dev.stride.adapters.web.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A refresh token presented to refresh or log out. */
@JsonIgnoreProperties(ignoreUnknown = true)
record RefreshRequest(String refreshToken) {

    /** Never prints the token. */
    @Override
    public String toString() {
        return "RefreshRequest[refreshToken=" + (refreshToken == null ? "null" : "***") + "]";
    }
}
