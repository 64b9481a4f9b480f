package dev.stride.adapters.web.cors;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;

/**
 * {@code stride.cors.*}: which browser origins may call the API. Invalid values stop the application at start-up.
 *
 * @param allowedOrigins origins such as {@code https://app.example.org} (scheme, host and port, nothing else), or
 *                       {@code *} for any; empty (the default): no cross-origin access at all
 * @param maxAge         how long a browser may keep a preflight's answer
 */
@ConfigurationProperties("stride.cors")
public record CorsProperties(List<String> allowedOrigins, @DefaultValue("1h") Duration maxAge) {

    public CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        allowedOrigins.forEach(CorsProperties::requireOrigin);
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("stride.cors.max-age must not be negative, but is " + maxAge);
        }
    }

    /** A browser sends its origin without a path or a trailing slash; a value with one would never match. */
    private static void requireOrigin(String origin) {
        if (origin.equals("*")) {
            return;
        }
        URI uri;
        try {
            uri = new URI(origin);
        } catch (URISyntaxException e) {
            uri = null;
        }
        boolean valid = uri != null && uri.getScheme() != null && uri.getHost() != null && uri.getRawPath().isEmpty()
                && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
        if (!valid) {
            throw new IllegalArgumentException("stride.cors.allowed-origins: '" + origin
                    + "' is not an origin; write scheme, host and optional port, e.g. https://app.example.org");
        }
    }
}
