package dev.stride.adapters.web.ratelimit;

import dev.stride.adapters.web.problem.ProblemWriter;
import dev.stride.adapters.web.security.AuthenticationFailureGate;
import dev.stride.adapters.web.security.PostAuthenticationFilter;
import dev.stride.application.port.in.ratelimit.CheckRateLimitUseCase;
import io.micrometer.core.instrument.MeterRegistry;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;
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
    RateLimitFilter rateLimitFilter(CheckRateLimitUseCase checkRateLimit, RateLimitProperties properties, MeterRegistry meters,
                                    Clock clock, ProblemWriter problems) {
        return new RateLimitFilter(checkRateLimit, properties, meters, clock, problems);
    }

    /** Runs in the security chain right after bearer authentication, so the user id is known. */
    @Bean
    PostAuthenticationFilter rateLimitInSecurityChain(RateLimitFilter rateLimitFilter) {
        return new PostAuthenticationFilter(rateLimitFilter);
    }

    /** Counts the requests whose token authentication rejected, which never reach the filter. */
    @Bean
    AuthenticationFailureGate rateLimitOfRejectedTokens(RateLimitFilter rateLimitFilter) {
        return rateLimitFilter;
    }

    /** Controllers take the client's address (for the audit trail: the whole address, not its network) as a {@link ClientIp} parameter. */
    @Bean
    WebMvcConfigurer clientIpParameters(RateLimitProperties properties) {
        ClientIpArgumentResolver resolver = new ClientIpArgumentResolver(
                new ClientIpResolver(properties.trustedProxyRanges(), ClientIpResolver.WHOLE_ADDRESS));
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

    /** The policies as configured now, read again on every reload. */
    @Bean
    ConfiguredRateLimitPolicies configuredRateLimitPolicies(ConfigurableEnvironment environment, RateLimitProperties properties) {
        return new ConfiguredRateLimitPolicies(environment, properties.configFile());
    }

    @Bean
    OpenApiCustomizer rateLimitResponses() {
        return new RateLimitOpenApi();
    }
}
