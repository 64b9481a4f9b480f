package dev.stride.application.ratelimit;

import dev.stride.application.port.in.ratelimit.RateLimitOutcome.Allowed;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.FailedClosed;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.FailedOpen;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.Rejected;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome;
import dev.stride.application.port.in.ratelimit.RateLimitRequest;
import dev.stride.application.testing.InMemoryRateLimiter;
import dev.stride.application.testing.MutableClock;
import dev.stride.domain.port.RateLimiter;
import dev.stride.domain.ratelimit.OnLimiterFailure;
import dev.stride.application.port.in.ratelimit.PolicyStanding;
import dev.stride.domain.ratelimit.LimitStanding;
import dev.stride.domain.ratelimit.RateLimit;
import dev.stride.domain.ratelimit.RateLimitAlgorithm;
import dev.stride.domain.ratelimit.RateLimitDecision;
import dev.stride.domain.ratelimit.RouteLimit;
import dev.stride.domain.ratelimit.RateLimitPolicies;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import dev.stride.domain.ratelimit.RateLimiterUnavailableException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class CheckRateLimitServiceTest {

    private static final RateLimitPolicy AUTHENTICATED = new RateLimitPolicy("authenticated", 8, Duration.ofMinutes(1));
    private static final RateLimitPolicy ANONYMOUS = new RateLimitPolicy("anonymous", 6, Duration.ofMinutes(1));
    private static final RateLimitPolicy AUTH = new RateLimitPolicy("auth", 3, Duration.ofMinutes(1));
    private static final RateLimitPolicy FAILED_LOGIN = new RateLimitPolicy("failed-login", 20, Duration.ofMinutes(15));
    private static final RateLimitPolicy WRITES = new RateLimitPolicy("writes", List.of(
            new RateLimit(2, Duration.ofMinutes(1)), new RateLimit(100, Duration.ofDays(1))), RateLimitAlgorithm.SLIDING_WINDOW);
    private static final RateLimitPolicies POLICIES = new RateLimitPolicies(AUTHENTICATED, ANONYMOUS, AUTH, FAILED_LOGIN,
            Map.of("writes", WRITES), List.of(new RouteLimit("POST|PUT|PATCH|DELETE /api/v1/activities/**", "writes")));

    private final InMemoryRateLimiter buckets = new InMemoryRateLimiter(new MutableClock(Instant.parse("2026-11-20T07:00:00Z")));
    private final CheckRateLimitService service = new CheckRateLimitService(buckets, () -> POLICIES, OnLimiterFailure.FAIL_OPEN);

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
        CheckRateLimitService failingOpen = new CheckRateLimitService(unavailable(), () -> POLICIES, OnLimiterFailure.FAIL_OPEN);

        assertThat(failingOpen.check(RateLimitRequest.anonymous("10.0.0.1", false))).isEqualTo(new FailedOpen(ANONYMOUS));
        assertThat(failingOpen.check(RateLimitRequest.authenticated("42", "10.0.0.1", true))).isEqualTo(new FailedOpen(AUTH));
    }

    @Test
    void failsClosedWhenConfiguredToAndStopsCountingAtTheFirstFailure() {
        List<RateLimitPolicy> asked = new ArrayList<>();
        RateLimiter failing = new Failing(policy -> {
            asked.add(policy);
            return true;
        });
        CheckRateLimitService failingClosed = new CheckRateLimitService(failing, () -> POLICIES, OnLimiterFailure.FAIL_CLOSED);

        assertThat(failingClosed.check(RateLimitRequest.anonymous("10.0.0.1", true))).isEqualTo(new FailedClosed(AUTH));
        assertThat(asked).containsExactly(AUTH);
    }

    @Test
    void aPartlyUncountedRequestIsReportedAsFailedOpen() {
        RateLimiter authBucketsDown = new Failing(AUTH::equals);
        CheckRateLimitService partlyDown = new CheckRateLimitService(authBucketsDown, () -> POLICIES, OnLimiterFailure.FAIL_OPEN);

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

    @Test
    void aWriteIsChargedInItsRoutePolicyAndTheGeneralOneAndTheTighterDecides() {
        RateLimitRequest write = RateLimitRequest.authenticated("42", "10.0.0.1", false).on("POST", "/api/v1/activities");

        RateLimitOutcome first = service.check(write);
        RateLimitOutcome second = service.check(write.on("DELETE", "/api/v1/activities/7"));
        RateLimitOutcome third = service.check(write);

        assertThat(first.policy()).as("writes has 1 of 2 left, authenticated 7 of 8").isEqualTo(WRITES);
        assertThat(second).isInstanceOf(Allowed.class);
        assertThat(third).isInstanceOf(Rejected.class).extracting(RateLimitOutcome::policy).isEqualTo(WRITES);
        assertThat(remaining(RateLimitRequest.authenticated("42", "10.0.0.1", false))).as("8 - 2 writes - this read").isEqualTo(5);
    }

    @Test
    void aReadIsNotChargedInTheWritePolicyAndAnAnonymousWriteIsChargedPerIp() {
        service.check(RateLimitRequest.authenticated("42", "10.0.0.1", false).on("GET", "/api/v1/activities/7"));
        service.check(RateLimitRequest.anonymous("10.0.0.1", false).on("POST", "/api/v1/activities"));

        assertThat(buckets.standing("user:42", WRITES).getFirst().remaining()).isEqualTo(2);
        assertThat(buckets.standing("ip:10.0.0.1", WRITES).getFirst().remaining()).isEqualTo(1);
    }

    @Test
    void theStandingCoversEveryPolicyThatAppliesAndChargesNone() {
        RateLimitRequest caller = RateLimitRequest.authenticated("42", "10.0.0.1", false);
        service.check(caller.on("POST", "/api/v1/activities"));

        List<PolicyStanding> first = service.standing(caller);
        List<PolicyStanding> again = service.standing(caller);

        assertThat(first).extracting(PolicyStanding::policy).containsExactly(AUTHENTICATED, AUTH, WRITES);
        assertThat(first.get(0).limits()).extracting(LimitStanding::remaining).containsExactly(7L);
        assertThat(first.get(2).limits()).extracting(LimitStanding::remaining).containsExactly(1L, 99L);
        assertThat(again).isEqualTo(first);
    }

    @Test
    void reloadedPoliciesApplyToTheNextRequest() {
        AtomicReference<RateLimitPolicies> current = new AtomicReference<>(POLICIES);
        CheckRateLimitService reloadable = new CheckRateLimitService(buckets, current::get, OnLimiterFailure.FAIL_OPEN);
        reloadable.check(RateLimitRequest.anonymous("10.0.0.3", false));

        RateLimitPolicy stricter = new RateLimitPolicy("anonymous", 3, Duration.ofMinutes(1));
        current.set(new RateLimitPolicies(AUTHENTICATED, stricter, AUTH, FAILED_LOGIN));

        assertThat(reloadable.check(RateLimitRequest.anonymous("10.0.0.3", false)))
                .as("5 of 6 left is 2.5 of 3, less this one")
                .isEqualTo(new Allowed(stricter, RateLimitDecision.allowed(1, Duration.ofSeconds(30))));
    }

    private RateLimiter unavailable() {
        return new Failing(policy -> true);
    }

    /** Unavailable for the policies {@code down} says, counting in memory for the others. */
    private final class Failing implements RateLimiter {

        private final Predicate<RateLimitPolicy> down;

        Failing(Predicate<RateLimitPolicy> down) {
            this.down = down;
        }

        @Override
        public RateLimitDecision consume(String key, RateLimitPolicy policy) {
            if (down.test(policy)) {
                throw new RateLimiterUnavailableException("down");
            }
            return buckets.consume(key, policy);
        }

        @Override
        public List<LimitStanding> standing(String key, RateLimitPolicy policy) {
            if (down.test(policy)) {
                throw new RateLimiterUnavailableException("down");
            }
            return buckets.standing(key, policy);
        }
    }
}
