package dev.stride.application.ratelimit;

import dev.stride.application.port.in.RateLimitOutcome;
import dev.stride.application.port.in.RateLimitOutcome.Allowed;
import dev.stride.application.port.in.RateLimitOutcome.FailedClosed;
import dev.stride.application.port.in.RateLimitOutcome.FailedOpen;
import dev.stride.application.port.in.RateLimitOutcome.Rejected;
import dev.stride.application.port.in.RateLimitRequest;
import dev.stride.application.testing.InMemoryRateLimiter;
import dev.stride.application.testing.MutableClock;
import dev.stride.domain.port.RateLimiter;
import dev.stride.domain.ratelimit.OnLimiterFailure;
import dev.stride.domain.ratelimit.RateLimitDecision;
import dev.stride.domain.ratelimit.RateLimitPolicies;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import dev.stride.domain.ratelimit.RateLimiterUnavailableException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CheckRateLimitServiceTest {

    private static final RateLimitPolicy AUTHENTICATED = new RateLimitPolicy("authenticated", 8, Duration.ofMinutes(1));
    private static final RateLimitPolicy ANONYMOUS = new RateLimitPolicy("anonymous", 6, Duration.ofMinutes(1));
    private static final RateLimitPolicy AUTH = new RateLimitPolicy("auth", 3, Duration.ofMinutes(1));
    private static final RateLimitPolicies POLICIES = new RateLimitPolicies(AUTHENTICATED, ANONYMOUS, AUTH);

    private final InMemoryRateLimiter buckets = new InMemoryRateLimiter(new MutableClock(Instant.parse("2026-11-20T07:00:00Z")));
    private final CheckRateLimitService service = new CheckRateLimitService(buckets, POLICIES, OnLimiterFailure.FAIL_OPEN);

    @Test
    void anAuthenticatedRequestCountsAgainstItsUserWhereverItComesFrom() {
        service.check(RateLimitRequest.authenticated("42", "10.0.0.1", false));

        RateLimitOutcome outcome = service.check(RateLimitRequest.authenticated("42", "10.0.0.2", false));

        assertThat(outcome).isEqualTo(new Allowed(AUTHENTICATED, RateLimitDecision.allowed(6, Duration.ofSeconds(15))));
        assertThat(remaining(RateLimitRequest.anonymous("10.0.0.1", false))).as("the IP's own bucket is untouched").isEqualTo(5);
    }

    @Test
    void anAnonymousRequestCountsAgainstItsClientIp() {
        service.check(RateLimitRequest.anonymous("10.0.0.1", false));

        assertThat(remaining(RateLimitRequest.anonymous("10.0.0.1", false))).isEqualTo(4);
        assertThat(remaining(RateLimitRequest.anonymous("10.0.0.2", false))).isEqualTo(5);
    }

    @Test
    void anAuthEndpointCountsInTheAuthBucketTooAndTheTighterOneDecides() {
        RateLimitOutcome login = service.check(RateLimitRequest.anonymous("10.0.0.1", true));

        assertThat(login.policy()).as("auth has 2 of 3 left, anonymous 5 of 6").isEqualTo(AUTH);
        assertThat(((Allowed) login).decision().remaining()).isEqualTo(2);
        assertThat(remaining(RateLimitRequest.anonymous("10.0.0.1", false))).isEqualTo(4);
    }

    @Test
    void theGeneralBucketDecidesAnAuthEndpointWhenItIsTheTighterOne() {
        for (int i = 0; i < 5; i++) {
            service.check(RateLimitRequest.anonymous("10.0.0.1", false));
        }

        RateLimitOutcome login = service.check(RateLimitRequest.anonymous("10.0.0.1", true));

        assertThat(login).isEqualTo(new Allowed(ANONYMOUS, RateLimitDecision.allowed(0, Duration.ofMinutes(1))));
    }

    @Test
    void bruteForceIsStoppedByTheAuthBucketWithoutDrainingTheGeneralOne() {
        List<RateLimitOutcome> logins = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            logins.add(service.check(RateLimitRequest.anonymous("10.0.0.1", true)));
        }

        assertThat(logins).extracting(RateLimitOutcome::permitted).containsExactly(true, true, true, false, false);
        assertThat(logins.get(4)).isInstanceOfSatisfying(Rejected.class, rejected -> {
            assertThat(rejected.policy()).isEqualTo(AUTH);
            assertThat(rejected.decision().retryAfter()).isEqualTo(Duration.ofSeconds(20));
        });
        assertThat(remaining(RateLimitRequest.anonymous("10.0.0.1", false))).as("6 - 3 admitted logins - this one").isEqualTo(2);
    }

    @Test
    void anAuthenticatedLoginIsCountedForTheUserAndForTheIp() {
        RateLimitOutcome outcome = service.check(RateLimitRequest.authenticated("42", "10.0.0.1", true));

        assertThat(outcome.policy()).isEqualTo(AUTH);
        assertThat(remaining(RateLimitRequest.authenticated("42", "10.0.0.9", false))).isEqualTo(6);
    }

    @Test
    void failsOpenWhenTheLimiterIsUnavailable() {
        CheckRateLimitService failingOpen = new CheckRateLimitService(unavailable(), POLICIES, OnLimiterFailure.FAIL_OPEN);

        assertThat(failingOpen.check(RateLimitRequest.anonymous("10.0.0.1", false))).isEqualTo(new FailedOpen(ANONYMOUS));
        assertThat(failingOpen.check(RateLimitRequest.authenticated("42", "10.0.0.1", true))).isEqualTo(new FailedOpen(AUTH));
    }

    @Test
    void failsClosedWhenConfiguredToAndStopsCountingAtTheFirstFailure() {
        List<RateLimitPolicy> asked = new ArrayList<>();
        RateLimiter failing = (key, policy) -> {
            asked.add(policy);
            throw new RateLimiterUnavailableException("down");
        };
        CheckRateLimitService failingClosed = new CheckRateLimitService(failing, POLICIES, OnLimiterFailure.FAIL_CLOSED);

        assertThat(failingClosed.check(RateLimitRequest.anonymous("10.0.0.1", true))).isEqualTo(new FailedClosed(AUTH));
        assertThat(asked).containsExactly(AUTH);
    }

    @Test
    void aPartlyUncountedRequestIsReportedAsFailedOpen() {
        RateLimiter authBucketsDown = (key, policy) -> {
            if (policy.equals(AUTH)) {
                throw new RateLimiterUnavailableException("down");
            }
            return buckets.consume(key, policy);
        };
        CheckRateLimitService partlyDown = new CheckRateLimitService(authBucketsDown, POLICIES, OnLimiterFailure.FAIL_OPEN);

        assertThat(partlyDown.check(RateLimitRequest.anonymous("10.0.0.1", true))).isEqualTo(new FailedOpen(AUTH));
        assertThat(remaining(RateLimitRequest.anonymous("10.0.0.1", false))).as("still counted where it could be").isEqualTo(4);
    }

    private long remaining(RateLimitRequest request) {
        return switch (service.check(request)) {
            case Allowed allowed -> allowed.decision().remaining();
            case Rejected rejected -> 0;
            case RateLimitOutcome other -> throw new AssertionError("not counted: " + other);
        };
    }

    private static RateLimiter unavailable() {
        return (key, policy) -> {
            throw new RateLimiterUnavailableException("down");
        };
    }
}
