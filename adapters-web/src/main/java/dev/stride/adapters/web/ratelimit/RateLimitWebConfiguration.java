package dev.stride.adapters.web.ratelimit;

import dev.stride.application.port.in.CheckRateLimitUseCase;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import dev.stride.adapters.web.security.PostAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * The rate-limit filter and {@code stride.rate-limit.*}. The filter is meant for the security
 * filter chain (see {@link RateLimitFilter}); its automatic registration as a plain servlet filter
 * is switched off so that it never runs outside that chain, before authentication.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
public class RateLimitWebConfiguration {

    @Bean
    RateLimitFilter rateLimitFilter(CheckRateLimitUseCase checkRateLimit, RateLimitProperties properties, MeterRegistry meters) {
        return new RateLimitFilter(checkRateLimit, properties, meters);
    }

    /** Runs in the security chain right after bearer authentication, so the user id is known. */
    @Bean
    PostAuthenticationFilter rateLimitInSecurityChain(RateLimitFilter rateLimitFilter) {
        return new PostAuthenticationFilter(rateLimitFilter);
    }

    /** Controllers take the client's address (for the audit trail) as a {@link ClientIp} parameter. */
    @Bean
    WebMvcConfigurer clientIpParameters(RateLimitProperties properties) {
        ClientIpArgumentResolver resolver = new ClientIpArgumentResolver(new ClientIpResolver(properties.trustedProxyRanges()));
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(resolver);
            }
        };
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilterOutsideSecurityChain(RateLimitFilter rateLimitFilter) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(rateLimitFilter);
        registration.setEnabled(false);
        return registration;
    }
}
