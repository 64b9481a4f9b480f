package dev.stride.adapters.web.ratelimit;

import dev.stride.adapters.web.problem.ProblemWriter;
import dev.stride.application.port.in.ratelimit.CheckRateLimitUseCase;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.Allowed;
import dev.stride.application.port.in.ratelimit.RateLimitRequest;
import dev.stride.domain.ratelimit.RateLimitDecision;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The filter added to a real security filter chain with the one line the lead uses, behind bearer-token authentication. */
class RateLimitInSecurityChainTest {

    private static final String PROFILE = "rate-limit-chain-test";

    private static final RateLimitPolicy POLICY = new RateLimitPolicy("authenticated", 100, Duration.ofMinutes(1));
    private static final List<RateLimitRequest> CHECKED = new CopyOnWriteArrayList<>();

    private static AnnotationConfigWebApplicationContext context;
    private static MockMvc mvc;

    @BeforeAll
    static void start() {
        context = new AnnotationConfigWebApplicationContext();
        context.setServletContext(new MockServletContext());
        context.getEnvironment().setActiveProfiles(PROFILE);
        context.register(Api.class);
        context.refresh();
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean("springSecurityFilterChain", Filter.class))
                .build();
    }

    @BeforeEach
    void forgetEarlierChecks() {
        CHECKED.clear();
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void countsABearerTokenRequestForTheJwtSubject() throws Exception {
        mvc.perform(get("/api/v1/activities").header("Authorization", "Bearer valid").with(from("198.51.100.20")))
                .andExpect(status().isOk())
                .andExpect(header().string("RateLimit", "\"authenticated\";r=99;t=1"));

        assertThat(CHECKED).containsExactly(new RateLimitRequest("42", "198.51.100.20", false, "GET", "/api/v1/activities"));
    }

    @Test
    void countsARequestWithoutTokenPerIpAndStillTellsTheLimitOnThe401() throws Exception {
        mvc.perform(get("/api/v1/activities").with(from("198.51.100.20")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("RateLimit-Policy", "\"authenticated\";q=100;w=60"));

        assertThat(CHECKED).containsExactly(new RateLimitRequest(null, "198.51.100.20", false, "GET", "/api/v1/activities"));
    }

    @Test
    void countsALoginAsAnAuthEndpoint() throws Exception {
        mvc.perform(post("/api/v1/auth/login").with(from("198.51.100.20"))).andExpect(status().isOk());

        assertThat(CHECKED).containsExactly(new RateLimitRequest(null, "198.51.100.20", true, "POST", "/api/v1/auth/login"));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    // Neither class is a stereotype, so the web adapter's component scan in other tests never picks them up.
    @EnableWebMvc
    @EnableWebSecurity
    @Import({RateLimitWebConfiguration.class, ProblemWriter.class, Endpoints.class})
    static class Api {

        @Bean
        SecurityFilterChain api(HttpSecurity http, RateLimitFilter rateLimitFilter) throws Exception {
            return http
                    .authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/auth/**").permitAll().anyRequest().authenticated())
                    .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults()))
                    .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(csrf -> csrf.disable())
                    .addFilterAfter(rateLimitFilter, BearerTokenAuthenticationFilter.class)
                    .build();
        }

        @Bean
        JwtDecoder jwtDecoder() {
            return token -> {
                if (!token.equals("valid")) {
                    throw new BadJwtException("invalid");
                }
                return Jwt.withTokenValue(token).header("alg", "HS256").subject("42").build();
            };
        }

        @Bean
        CheckRateLimitUseCase checkRateLimit() {
            return request -> {
                CHECKED.add(request);
                return new Allowed(POLICY, RateLimitDecision.allowed(99, Duration.ofMillis(600)));
            };
        }

        @Bean
        JsonMapper jsonMapper() {
            return JsonMapper.builder().build();
        }

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }

    @RestController
    @Profile(PROFILE) // keeps these endpoints out of the other tests, whose component scan finds this class too
    static class Endpoints {

        @GetMapping("/api/v1/activities")
        String activities() {
            return "[]";
        }

        @PostMapping("/api/v1/auth/login")
        String login() {
            return "{}";
        }
    }
}
