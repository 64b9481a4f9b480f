package dev.stride.adapters.web.security;

import dev.stride.adapters.web.problem.Problem;
import dev.stride.adapters.web.problem.ProblemType;
import dev.stride.adapters.web.problem.ProblemWriter;
import jakarta.servlet.DispatcherType;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Arrays;
import java.util.List;

/**
 * A stateless OAuth2 resource server on the access tokens of {@link JwtConfiguration}. Public:
 * sign-up and login, health probes, metrics scraping, the API docs and the problem types' pages; admin endpoints need the
 * ADMIN role; everything else an access token. Problems for 401 and 403 come from here, since
 * those are decided before Spring MVC.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration implements WebMvcConfigurer {

    static final String[] PUBLIC_PATHS = {
            "/api/v1/auth/**", "/actuator/health/**", "/actuator/prometheus",
            "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
            // what a problem's type URI resolves to (problem.ProblemPageController)
            "/problems", "/problems/*"};
    static final String ADMIN_PATHS = "/api/v1/admin/**";
    /** Under {@code /auth}, but about the caller's own sessions: needs an access token. */
    static final String AUTHENTICATED_AUTH_PATH = "/api/v1/auth/logout-all";

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder decoder, ProblemWriter problems,
            ObjectProvider<PostAuthenticationFilter> postAuthenticationFilters,
            ObjectProvider<AuthenticationFailureGate> authenticationFailureGates) {
        ProblemAuthenticationEntryPoint unauthorized = new ProblemAuthenticationEntryPoint(problems,
                authenticationFailureGates.orderedStream().toList());
        ProblemAccessDeniedHandler forbidden = new ProblemAccessDeniedHandler(problems);
        http
                .csrf(AbstractHttpConfigurer::disable)
                // the bean named corsFilter (cors.CorsWebConfiguration): preflights answered before authentication
                .cors(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Filters that ran on every request with nothing to do in a stateless API: Spring's form logout
                // (POST /logout answered with a redirect to a login page; sign-out is /api/v1/auth/logout), the
                // saved request (nothing to return to after a login), and the request wrapper for the servlet
                // API's user methods (getUserPrincipal, isUserInRole: nothing calls them), which every
                // later getAttribute, getHeader and getMethod went through.
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .servletApi(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(AUTHENTICATED_AUTH_PATH).authenticated()
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        // The caller's rate-limit standing, with a token or without (its token still says who asks).
                        .requestMatchers(HttpMethod.GET, "/api/v1/rate-limit").permitAll()
                        .requestMatchers(ADMIN_PATHS).hasRole("ADMIN")
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(ignoringPublicPaths())
                        .jwt(jwt -> jwt.authenticationManager(bearerTokens(decoder)))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden)
                        // Spring Security publishes RFC 9728 metadata at /.well-known/oauth-protected-resource: keep it truthful.
                        .protectedResourceMetadata(metadata -> metadata.protectedResourceMetadataCustomizer(resource -> resource
                                .resourceName("Stride API")
                                .tlsClientCertificateBoundAccessTokens(false))))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden));
        postAuthenticationFilters.orderedStream().forEach(extra ->
                http.addFilterAfter(extra.filter(), BearerTokenAuthenticationFilter.class));
        return http.build();
    }

    /** The firewall's verdict on a suspicious URL (such as {@code //} or an encoded {@code %2F}) is bad input: 400, not 500. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
        return (request, response, rejection) ->
                problems.write(request, response, Problem.of(ProblemType.MALFORMED_REQUEST, rejection.getMessage()));
    }

    /** Spring Security's strict firewall, its character rules checked without regular expressions ({@link FirewallCharacters}). */
    @Bean
    HttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(FirewallCharacters::isAllowedName);
        firewall.setAllowedHeaderValues(FirewallCharacters::isAllowedHeaderValue);
        firewall.setAllowedParameterNames(FirewallCharacters::isAllowedName);
        return firewall;
    }

    /** Tomcat would reject an encoded slash itself, with an HTML page; let the firewall do it, with a problem. */
    @Bean
    TomcatConnectorCustomizer encodedSlashesReachTheFirewall() {
        return connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
    }

    /**
     * None of Spring Security's own observations. With them, every filter of the chain runs wrapped in
     * an observation, even when a predicate turns the observations into no-ops: about a tenth of the
     * CPU of a cheap authenticated request (a JFR profile of the bench's floor, bench/README.md), for
     * metrics no dashboard reads and spans nobody asked for. The HTTP request keeps its observation
     * (metrics, trace), and so do its SQL statements and Redis commands.
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentUserArgumentResolver());
    }

    /**
     * The access tokens' own authentication manager. Spring Security's default one publishes an
     * {@code AuthenticationSuccessEvent} on every request, to no listener: ~1 % of the CPU of the bench's floor.
     */
    private static AuthenticationManager bearerTokens(JwtDecoder decoder) {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(authenticationConverter());
        return new ProviderManager(provider);
    }

    private static JwtAuthenticationConverter authenticationConverter() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(AccessTokens.ROLE_CLAIM);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }

    /** A stale token sent to a public endpoint (logging in again, a health probe) must not turn it into a 401. */
    private static BearerTokenResolver ignoringPublicPaths() {
        RequestMatcher publicPaths = new OrRequestMatcher(Arrays.stream(PUBLIC_PATHS)
                .map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(path))
                .toList());
        RequestMatcher authenticated = PathPatternRequestMatcher.withDefaults().matcher(AUTHENTICATED_AUTH_PATH);
        BearerTokenHeader fromHeader = new BearerTokenHeader();
        return request -> publicPaths.matches(request) && !authenticated.matches(request) ? null : fromHeader.resolve(request);
    }
}
