package dev.stride.adapters.web.cors;

import dev.stride.adapters.web.problem.ProblemWriter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

import java.util.List;

/**
 * CORS for {@code /api/**}, answered by a filter at the head of the security chain (Spring Security
 * takes the bean named {@code corsFilter}): a preflight is answered there, before authentication and
 * rate limiting, so it needs no token and costs no quota; every other cross-origin answer, a 401 or
 * a 429 included, carries the CORS headers it set before the request went on. Without allowed
 * origins nothing is registered and the filter passes every request through unchanged.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CorsProperties.class)
public class CorsWebConfiguration {

    /** What a browser app may send besides the CORS-safelisted request headers. */
    static final List<String> ALLOWED_HEADERS = List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
            HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH, "Idempotency-Key");
    /** The response headers a browser app may read besides the CORS-safelisted ones. */
    static final List<String> EXPOSED_HEADERS = List.of("RateLimit", "RateLimit-Policy", "X-RateLimit-Limit",
            "X-RateLimit-Remaining", "X-RateLimit-Used", "X-RateLimit-Resource", "X-RateLimit-Reset",
            HttpHeaders.RETRY_AFTER, HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.LINK,
            HttpHeaders.WWW_AUTHENTICATE, "Idempotent-Replayed");

    @Bean
    CorsFilter corsFilter(CorsProperties properties, ProblemWriter problems) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!properties.allowedOrigins().isEmpty()) {
            CorsConfiguration api = new CorsConfiguration();
            api.setAllowedOrigins(properties.allowedOrigins());
            api.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
            api.setAllowedHeaders(ALLOWED_HEADERS);
            api.setExposedHeaders(EXPOSED_HEADERS);
            // Bearer tokens travel in a header the app sets itself; Stride uses no cookies.
            api.setAllowCredentials(false);
            api.setMaxAge(properties.maxAge());
            source.registerCorsConfiguration("/api/**", api);
        }
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new ProblemCorsProcessor(problems));
        return filter;
    }

    /** The filter belongs in the security chain only (see the class comment), never a second time outside it. */
    @Bean
    FilterRegistrationBean<CorsFilter> corsFilterOutsideSecurityChain(CorsFilter corsFilter) {
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(corsFilter);
        registration.setEnabled(false);
        return registration;
    }
}
