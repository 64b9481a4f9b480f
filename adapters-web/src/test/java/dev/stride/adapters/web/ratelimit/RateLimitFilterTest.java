package dev.stride.adapters.web.ratelimit;

import dev.stride.adapters.web.problem.ProblemWriter;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.Allowed;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.FailedClosed;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.FailedOpen;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.Rejected;
import dev.stride.application.port.in.ratelimit.RateLimitRequest;
import dev.stride.domain.ratelimit.OnLimiterFailure;
import dev.stride.domain.ratelimit.RateLimit;
import dev.stride.domain.ratelimit.RateLimitAlgorithm;
import dev.stride.domain.ratelimit.RateLimitDecision;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.DispatcherType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitFilterTest {

    private static final RateLimitPolicy AUTHENTICATED = new RateLimitPolicy("authenticated", 100, Duration.ofMinutes(1));
    private static final RateLimitPolicy AUTH = new RateLimitPolicy("auth", 10, Duration.ofMinutes(1));
    private static final Instant NOW = Instant.parse("2026-11-20T07:00:00.250Z");

    private final List<RateLimitRequest> checked = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final MockFilterChain chain = new MockFilterChain();
    private RateLimitOutcome outcome = new Allowed(AUTHENTICATED, RateLimitDecision.allowed(42, Duration.ofMillis(34_200)));

    @AfterEach
    void clearSecurityContext() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void letsAnAllowedRequestThroughWithTheLimitInTheDraftSyntaxAndTheXHeaders() throws Exception {
        filter(properties()).doFilter(request("/api/v1/activities"), response, chain);

        assertThat(chain.getRequest()).as("passed on").isNotNull();
        assertThat(response.getHeader("RateLimit-Policy")).isEqualTo("\"authenticated\";q=100;w=60");
        assertThat(response.getHeader("RateLimit")).isEqualTo("\"authenticated\";r=42;t=35");
        assertThat(response.getHeader("X-RateLimit-Limit")).isEqualTo("100");
        assertThat(response.getHeader("X-RateLimit-Remaining")).isEqualTo("42");
        assertThat(response.getHeader("X-RateLimit-Used")).isEqualTo("58");
        assertThat(response.getHeader("X-RateLimit-Resource")).isEqualTo("authenticated");
        assertThat(response.getHeader("X-RateLimit-Reset")).as("the epoch second by which it is full again, as GitHub gives it")
                .isEqualTo(String.valueOf(NOW.getEpochSecond() + 35));
        assertThat(response.containsHeader("Retry-After")).isFalse();
        assertThat(count("authenticated", "allowed")).isEqualTo(1);
    }

    @Test
    void listsEveryLimitOfThePolicyAndTellsTheOneClosestToRefusing() throws Exception {
        RateLimitPolicy writes = new RateLimitPolicy("writes", List.of(
                new RateLimit(20, Duration.ofMinutes(1)), new RateLimit(1000, Duration.ofDays(1))), RateLimitAlgorithm.TOKEN_BUCKET);
        outcome = new Allowed(writes, new RateLimitDecision(true, 1, 3, Duration.ofHours(20), Duration.ZERO));

        filter(properties()).doFilter(request("/api/v1/activities"), response, chain);

        assertThat(response.getHeader("RateLimit-Policy")).isEqualTo("\"writes-1m\";q=20;w=60, \"writes-1d\";q=1000;w=86400");
        assertThat(response.getHeader("RateLimit")).isEqualTo("\"writes-1d\";r=3;t=72000");
        assertThat(response.getHeader("X-RateLimit-Limit")).isEqualTo("1000");
        assertThat(response.getHeader("X-RateLimit-Used")).isEqualTo("997");
        assertThat(response.getHeader("X-RateLimit-Resource")).isEqualTo("writes");
        assertThat(response.getHeader("X-RateLimit-Reset")).isEqualTo(String.valueOf(NOW.getEpochSecond() + 72_001));
    }

    @Test
    void tellsTheLimitsOfAReloadedPolicyFromItsNextRequestOn() throws Exception {
        RateLimitFilter filter = filter(properties());
        filter.doFilter(request("/api/v1/activities"), new MockHttpServletResponse(), new MockFilterChain());

        outcome = new Allowed(new RateLimitPolicy("authenticated", 100, Duration.ofMinutes(1)), RateLimitDecision.allowed(41, Duration.ofSeconds(30)));
        MockHttpServletResponse sameLimits = new MockHttpServletResponse();
        filter.doFilter(request("/api/v1/activities"), sameLimits, new MockFilterChain());
        RateLimitPolicy reloaded = new RateLimitPolicy("authenticated", List.of(
                new RateLimit(50, Duration.ofSeconds(30)), new RateLimit(500, Duration.ofHours(1))), RateLimitAlgorithm.TOKEN_BUCKET);
        outcome = new Allowed(reloaded, new RateLimitDecision(true, 1, 7, Duration.ofMinutes(10), Duration.ZERO));
        MockHttpServletResponse otherLimits = new MockHttpServletResponse();
        filter.doFilter(request("/api/v1/activities"), otherLimits, new MockFilterChain());

        assertThat(sameLimits.getHeader("RateLimit-Policy")).isEqualTo("\"authenticated\";q=100;w=60");
        assertThat(sameLimits.getHeader("RateLimit")).isEqualTo("\"authenticated\";r=41;t=30");
        assertThat(otherLimits.getHeader("RateLimit-Policy")).isEqualTo("\"authenticated-30s\";q=50;w=30, \"authenticated-1h\";q=500;w=3600");
        assertThat(otherLimits.getHeader("RateLimit")).isEqualTo("\"authenticated-1h\";r=7;t=600");
        assertThat(otherLimits.getHeader("X-RateLimit-Limit")).isEqualTo("500");
        assertThat(otherLimits.getHeader("X-RateLimit-Used")).isEqualTo("493");
        assertThat(count("authenticated", "allowed")).as("one counter for the policy, however often reloaded").isEqualTo(3);
    }

    @Test
    void countsEachOutcomeUnderThePolicyThatDecidedIt() throws Exception {
        RateLimitFilter filter = filter(properties());
        List<RateLimitOutcome> outcomes = List.of(
                new Allowed(AUTHENTICATED, RateLimitDecision.allowed(1, Duration.ofSeconds(1))),
                new Rejected(AUTHENTICATED, RateLimitDecision.rejected(Duration.ofSeconds(1), Duration.ofSeconds(1))),
                new Rejected(AUTHENTICATED, RateLimitDecision.rejected(Duration.ofSeconds(1), Duration.ofSeconds(1))),
                new FailedOpen(AUTH), new FailedClosed(AUTH), new FailedClosed(AUTH), new FailedClosed(AUTH));
        for (RateLimitOutcome next : outcomes) {
            outcome = next;
            filter.doFilter(request("/api/v1/activities"), new MockHttpServletResponse(), new MockFilterChain());
        }

        assertThat(List.of(count("authenticated", "allowed"), count("authenticated", "rejected"), count("auth", "failed_open"),
                count("auth", "failed_closed"), count("authenticated", "failed_closed"), count("auth", "allowed")))
                .containsExactly(1.0, 2.0, 1.0, 3.0, 0.0, 0.0);
    }

    @Test
    void refusesARejectedRequestWithA429ProblemAndRetryAfter() throws Exception {
        outcome = new Rejected(AUTH, RateLimitDecision.rejected(Duration.ofMinutes(1), Duration.ofMillis(5_001)));

        filter(properties()).doFilter(request("/api/v1/auth/login"), response, chain);

        assertThat(chain.getRequest()).as("not passed on").isNull();
        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).isEqualTo("""
                {"detail":"Rate limit 'auth' of 10 requests per 60 seconds exceeded; retry in 6 seconds.",\
                "instance":"/api/v1/auth/login","status":429,"title":"Too Many Requests","type":"/problems/rate-limited"}""");
        assertThat(response.getHeader("Retry-After")).isEqualTo("6");
        assertThat(response.getHeader("RateLimit")).isEqualTo("\"auth\";r=0;t=60");
        assertThat(response.getHeader("RateLimit-Policy")).isEqualTo("\"auth\";q=10;w=60");
        assertThat(count("auth", "rejected")).isEqualTo(1);
    }

    @Test
    void failingOpenPassesTheRequestWithThePolicyButNoMadeUpCounts() throws Exception {
        outcome = new FailedOpen(AUTHENTICATED);

        filter(properties()).doFilter(request("/api/v1/activities"), response, chain);

        assertThat(chain.getRequest()).isNotNull();
        assertThat(response.getHeader("RateLimit-Policy")).isEqualTo("\"authenticated\";q=100;w=60");
        assertThat(response.getHeader("X-RateLimit-Limit")).isEqualTo("100");
        assertThat(response.containsHeader("RateLimit")).isFalse();
        assertThat(response.containsHeader("X-RateLimit-Remaining")).isFalse();
        assertThat(count("authenticated", "failed_open")).isEqualTo(1);
    }

    @Test
    void failingClosedRefusesWithA503Problem() throws Exception {
        outcome = new FailedClosed(AUTHENTICATED);

        filter(properties()).doFilter(request("/api/v1/activities"), response, chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"type\":\"/problems/service-unavailable\"",
                "\"status\":503", "\"instance\":\"/api/v1/activities\"");
        assertThat(count("authenticated", "failed_closed")).isEqualTo(1);
    }

    @Test
    void countsAnAuthenticatedRequestForItsJwtSubject() throws Exception {
        Jwt jwt = Jwt.withTokenValue("token").header("alg", "HS256").subject("42").build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt, List.of()));

        filter(properties()).doFilter(request("/api/v1/activities"), response, chain);

        assertThat(checked).containsExactly(new RateLimitRequest("42", "198.51.100.20", false, "POST", "/api/v1/activities"));
    }

    @Test
    void countsAnIpv6ClientByItsSlash64SoRotatingAddressesInsideItBuysNothing() throws Exception {
        RateLimitFilter filter = filter(properties());
        for (String address : List.of("2001:db8:1:2::1", "2001:db8:1:2:ffff:ffff:ffff:fffe", "2001:db8:1:2:abcd::9")) {
            MockHttpServletRequest rotating = request("/api/v1/activities");
            rotating.setRemoteAddr(address);
            filter.doFilter(rotating, new MockHttpServletResponse(), new MockFilterChain());
        }
        MockHttpServletRequest neighbour = request("/api/v1/activities");
        neighbour.setRemoteAddr("2001:db8:1:3::1");
        filter.doFilter(neighbour, new MockHttpServletResponse(), new MockFilterChain());

        assertThat(checked).extracting(RateLimitRequest::clientIp).containsExactly(
                "2001:db8:1:2:0:0:0:0/64", "2001:db8:1:2:0:0:0:0/64", "2001:db8:1:2:0:0:0:0/64", "2001:db8:1:3:0:0:0:0/64");
    }

    @Test
    void countsARequestThatAuthenticationRejectedAsAnonymousOnce() throws Exception {
        RateLimitFilter filter = filter(properties());
        MockHttpServletRequest forged = request("/api/v1/activities");

        boolean proceed = filter.beforeUnauthorized(forged, response);

        assertThat(proceed).isTrue();
        assertThat(checked).containsExactly(new RateLimitRequest(null, "198.51.100.20", false, "POST", "/api/v1/activities"));
        assertThat(response.getHeader("RateLimit")).as("the 401 carries the limit too").isNotNull();

        MockHttpServletRequest counted = request("/api/v1/activities");
        filter.doFilter(counted, new MockHttpServletResponse(), new MockFilterChain());
        filter.beforeUnauthorized(counted, new MockHttpServletResponse());
        assertThat(checked).as("a request the filter counted is not counted again when authorization then refuses it").hasSize(2);
    }

    /** An error or async dispatch runs the security chain again, on the same request: it must not be charged twice. */
    @Test
    void countsARequestOnceOverItsDispatches() throws Exception {
        RateLimitFilter filter = filter(properties());
        MockHttpServletRequest request = request("/api/v1/activities");
        MockFilterChain first = new MockFilterChain();

        filter.doFilter(request, response, first);
        request.setDispatcherType(DispatcherType.ERROR);
        MockFilterChain again = new MockFilterChain();
        filter.doFilter(request, response, again);

        assertThat(checked).hasSize(1);
        assertThat(again.getRequest()).as("the second pass goes on down the chain").isSameAs(request);
    }

    @Test
    void answersARejectedForgedTokenWith429InsteadOf401() throws Exception {
        outcome = new Rejected(AUTH, RateLimitDecision.rejected(Duration.ofMinutes(1), Duration.ofSeconds(6)));

        boolean proceed = filter(properties()).beforeUnauthorized(request("/api/v1/activities"), response);

        assertThat(proceed).isFalse();
        assertThat(response.getStatus()).isEqualTo(429);
    }

    @Test
    void neverCountsTheStandingEndpoint() throws Exception {
        MockHttpServletRequest standing = request("/api/v1/rate-limit");
        standing.setMethod("GET");

        filter(properties()).doFilter(standing, response, chain);

        assertThat(checked).isEmpty();
        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void marksLoginRegisterAndRefreshAsAuthEndpoints() throws Exception {
        RateLimitFilter filter = filter(properties());
        for (String path : List.of("/api/v1/auth/login", "/api/v1/auth/register", "/api/v1/auth/refresh", "/api/v1/auth/logout")) {
            filter.doFilter(request(path), new MockHttpServletResponse(), new MockFilterChain());
        }

        assertThat(checked).extracting(RateLimitRequest::authEndpoint).containsExactly(true, true, true, false);
        assertThat(checked).extracting(RateLimitRequest::userId).containsOnlyNulls();
    }

    @Test
    void cannotBeDodgedByPercentEncodingThePath() throws Exception {
        RateLimitFilter filter = filter(properties());
        filter.doFilter(request("/api/v1/auth/%6Cogin"), new MockHttpServletResponse(), new MockFilterChain());
        filter.doFilter(request("/%61pi/v1/activities"), new MockHttpServletResponse(), new MockFilterChain());

        assertThat(checked).extracting(RateLimitRequest::authEndpoint).containsExactly(true, false);
    }

    @Test
    void countsASpoofedForwardedForAgainstTheRealPeer() throws Exception {
        MockHttpServletRequest spoofed = request("/api/v1/auth/login");
        spoofed.addHeader("X-Forwarded-For", "203.0.113.99");

        filter(properties("10.0.0.0/8")).doFilter(spoofed, response, chain);

        assertThat(checked).extracting(RateLimitRequest::clientIp).containsExactly("198.51.100.20");
    }

    @Test
    void honoursForwardedForFromATrustedProxy() throws Exception {
        MockHttpServletRequest proxied = request("/api/v1/auth/login");
        proxied.setRemoteAddr("10.0.0.5");
        proxied.addHeader("X-Forwarded-For", "203.0.113.99, 198.51.100.7");

        filter(properties("10.0.0.0/8")).doFilter(proxied, response, chain);

        assertThat(checked).extracting(RateLimitRequest::clientIp).containsExactly("198.51.100.7");
    }

    @Test
    void leavesEverythingOutsideTheApiAlone() throws Exception {
        filter(properties()).doFilter(request("/actuator/health"), response, chain);

        assertThat(checked).isEmpty();
        assertThat(response.getHeaderNames()).isEmpty();
        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void doesNothingWhenSwitchedOff() throws Exception {
        RateLimitProperties off = new RateLimitProperties(false, null, null, List.of(), 64, OnLimiterFailure.FAIL_OPEN, null);

        filter(off).doFilter(request("/api/v1/activities"), response, chain);

        assertThat(checked).isEmpty();
        assertThat(response.getHeaderNames()).isEmpty();
        assertThat(chain.getRequest()).isNotNull();
    }

    private RateLimitFilter filter(RateLimitProperties properties) {
        return new RateLimitFilter(request -> {
            checked.add(request);
            return outcome;
        }, properties, meters, Clock.fixed(NOW, ZoneOffset.UTC), new ProblemWriter(JsonMapper.builder().build()));
    }

    private static RateLimitProperties properties(String... trustedProxies) {
        return new RateLimitProperties(true, null, null, List.of(trustedProxies), 64, OnLimiterFailure.FAIL_OPEN, null);
    }

    private static MockHttpServletRequest request(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setRemoteAddr("198.51.100.20");
        return request;
    }

    private double count(String policy, String outcome) {
        return meters.get("ratelimit.requests").tag("policy", policy).tag("outcome", outcome).counter().count();
    }
}
