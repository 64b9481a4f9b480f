package dev.stride.adapters.web;

import dev.stride.adapters.web.security.PostAuthenticationFilter;
import dev.stride.application.activity.ActivityQuota;
import dev.stride.application.activity.CreateActivityService;
import dev.stride.application.activity.ExportActivitiesService;
import dev.stride.application.activity.ImportActivitiesService;
import dev.stride.application.activity.DeleteActivityService;
import dev.stride.application.activity.GetActivityService;
import dev.stride.application.activity.ListActivitiesService;
import dev.stride.application.activity.ListTrashService;
import dev.stride.application.activity.RestoreActivityService;
import dev.stride.application.activity.UpdateActivityService;
import dev.stride.application.admin.ListUsersService;
import dev.stride.application.port.in.session.LogOutEverywhereUseCase;
import dev.stride.application.port.in.user.ChangeDisplayNameUseCase;
import dev.stride.application.port.in.user.ChangePasswordUseCase;
import dev.stride.application.session.LogOutEverywhereService;
import dev.stride.application.session.SessionEnding;
import dev.stride.application.session.SessionRevocation;
import dev.stride.application.user.ChangeDisplayNameService;
import dev.stride.application.user.ChangePasswordService;
import dev.stride.application.ratelimit.FailedLoginThrottle;
import dev.stride.application.idempotency.IdempotentRequestsService;
import dev.stride.application.port.in.idempotency.IdempotentRequestsUseCase;
import dev.stride.application.testing.InMemoryIdempotencyStore;
import dev.stride.application.testing.SwitchableIdempotencyStore;
import dev.stride.application.admin.PermanentlyDeleteActivityService;
import dev.stride.application.admin.RestoreUserService;
import dev.stride.adapters.web.ratelimit.RateLimitProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import dev.stride.application.cache.ActivityCache;
import dev.stride.application.cache.CacheInvalidation;
import dev.stride.application.event.EventSubscriber;
import dev.stride.application.event.UnitOfWork;
import dev.stride.application.ratelimit.CheckRateLimitService;
import dev.stride.application.ratelimit.CurrentRateLimitPolicies;
import dev.stride.application.ratelimit.FailedLogins;
import dev.stride.adapters.web.ratelimit.ConfiguredRateLimitPolicies;
import dev.stride.application.testing.InMemoryRateLimiter;
import dev.stride.application.port.in.stats.GetStatisticsUseCase;
import dev.stride.application.stats.GetStatisticsService;
import dev.stride.application.testing.InMemoryActivityTotals;
import dev.stride.application.port.in.activity.CreateActivityUseCase;
import dev.stride.application.port.in.activity.DeleteActivityUseCase;
import dev.stride.application.port.in.activity.ExportActivitiesUseCase;
import dev.stride.application.port.in.activity.GetActivityUseCase;
import dev.stride.application.port.in.activity.ImportActivitiesUseCase;
import dev.stride.application.port.in.activity.ListActivitiesUseCase;
import dev.stride.application.port.in.activity.ListTrashUseCase;
import dev.stride.application.port.in.activity.RestoreActivityUseCase;
import dev.stride.application.port.in.activity.UpdateActivityUseCase;
import dev.stride.application.port.in.admin.ListUsersUseCase;
import dev.stride.application.port.in.admin.PermanentlyDeleteActivityUseCase;
import dev.stride.application.port.in.admin.RestoreUserUseCase;
import dev.stride.application.port.in.session.CheckAccessTokenUseCase;
import dev.stride.application.port.in.session.LogOutUseCase;
import dev.stride.application.port.in.session.RefreshSessionUseCase;
import dev.stride.application.port.in.user.DeleteAccountUseCase;
import dev.stride.application.port.in.user.GetCurrentUserUseCase;
import dev.stride.application.port.in.user.LogInUseCase;
import dev.stride.application.port.in.user.RegisterUserUseCase;
import dev.stride.application.session.CheckAccessTokenService;
import dev.stride.application.session.LogOutService;
import dev.stride.application.security.SecurityEvents;
import dev.stride.application.session.RefreshSessionService;
import dev.stride.application.testing.CountingSecurityMetrics;
import dev.stride.application.testing.InMemoryActivityRepository;
import dev.stride.application.testing.InMemoryAuditLog;
import dev.stride.application.testing.InMemoryCache;
import dev.stride.application.testing.InMemorySessionStore;
import dev.stride.application.testing.InMemoryTransactions;
import dev.stride.application.testing.InMemoryUserRepository;
import dev.stride.application.testing.MutableClock;
import dev.stride.application.testing.PlainTextPasswordHasher;
import dev.stride.application.testing.SwitchablePasswordHasher;
import dev.stride.application.testing.SwitchableSessionStore;
import dev.stride.application.testing.TestCaches;
import dev.stride.application.user.DeleteAccountService;
import dev.stride.application.user.GetCurrentUserService;
import dev.stride.application.user.LogInService;
import dev.stride.application.user.RegisterUserService;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.time.Instant;

/** The web adapter on the real use cases over the in-memory adapters: everything but PostgreSQL and Redis. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({WebConfiguration.class, FailingController.class})
class WebTestApplication {

    static final String CALLER_HEADER = "X-Test-Caller";
    static final Instant START = Instant.parse("2026-11-20T08:00:00Z");
    static final Duration REFRESH_TOKEN_TTL = Duration.ofDays(30);
    static final int ACTIVITY_QUOTA = 30;

    /** Shows where a {@link PostAuthenticationFilter} runs: the caller is known, authorization has not happened yet. */
    @Bean
    PostAuthenticationFilter callerHeader() {
        return new PostAuthenticationFilter((request, response, chain) -> {
            Authentication caller = SecurityContextHolder.getContext().getAuthentication();
            ((HttpServletResponse) response).setHeader(CALLER_HEADER, caller == null ? "nobody" : caller.getName());
            chain.doFilter(request, response);
        });
    }

    @Bean
    MutableClock clock() {
        return new MutableClock(START);
    }

    @Bean
    InMemoryUserRepository users() {
        return new InMemoryUserRepository();
    }

    @Bean
    InMemoryActivityRepository activities(InMemoryUserRepository users) {
        return new InMemoryActivityRepository(users);
    }

    /** Sessions in memory, behind a switch that takes them down as a Redis outage would. */
    @Bean
    SwitchableSessionStore sessions(MutableClock clock) {
        return new SwitchableSessionStore(new InMemorySessionStore(clock));
    }

    @Bean
    InMemoryAuditLog auditLog() {
        return new InMemoryAuditLog();
    }

    @Bean
    InMemoryTransactions transactions() {
        return new InMemoryTransactions();
    }

    /** Reads go through the cache-aside logic as in production, on an in-memory cache. */
    @Bean
    ActivityCache activityCache() {
        return TestCaches.activityCache(new InMemoryCache());
    }

    @Bean
    CacheInvalidation cacheInvalidation(ActivityCache cache, InMemoryActivityRepository activities) {
        return new CacheInvalidation(cache, activities);
    }

    @Bean
    SessionEnding sessionEnding(SessionRevocation revocation) {
        return new SessionEnding(revocation);
    }

    @Bean
    UnitOfWork unitOfWork(InMemoryTransactions transactions, List<EventSubscriber> subscribers) {
        return new UnitOfWork(transactions, subscribers);
    }

    @Bean
    SwitchablePasswordHasher passwordHasher() {
        return new SwitchablePasswordHasher();
    }

    @Bean
    RegisterUserUseCase registerUser(InMemoryUserRepository users, PlainTextPasswordHasher hasher, MutableClock clock) {
        return new RegisterUserService(users, hasher, clock);
    }

    @Bean
    LogInUseCase logIn(InMemoryUserRepository users, PlainTextPasswordHasher hasher, SwitchableSessionStore sessions,
                       MutableClock clock, FailedLogins failedLogins) {
        return new LogInService(users, hasher, sessions, clock, REFRESH_TOKEN_TTL, failedLogins);
    }

    @Bean
    CountingSecurityMetrics securityMetrics() {
        return new CountingSecurityMetrics();
    }

    @Bean
    SecurityEvents securityEvents(InMemoryAuditLog audit, CountingSecurityMetrics metrics, InMemoryUserRepository users,
                                  MutableClock clock) {
        return new SecurityEvents(audit, metrics, users, clock);
    }

    @Bean
    RefreshSessionUseCase refreshSession(SwitchableSessionStore sessions, InMemoryUserRepository users, MutableClock clock,
                                         SecurityEvents events) {
        return new RefreshSessionService(sessions, users, clock, REFRESH_TOKEN_TTL, Duration.ofDays(90), events);
    }

    @Bean
    LogOutUseCase logOut(SwitchableSessionStore sessions, SecurityEvents events) {
        return new LogOutService(sessions, events);
    }

    @Bean
    CheckAccessTokenUseCase checkAccessToken(SwitchableSessionStore sessions, MutableClock clock) {
        return new CheckAccessTokenService(sessions, clock, Duration.ZERO); // the shared clock is reset per test
    }

    @Bean
    GetCurrentUserUseCase currentUser(InMemoryUserRepository users) {
        return new GetCurrentUserService(users);
    }

    @Bean
    DeleteAccountUseCase deleteAccount(InMemoryUserRepository users, InMemoryAuditLog audit, UnitOfWork unitOfWork,
                                       MutableClock clock) {
        return new DeleteAccountService(users, audit, unitOfWork, clock);
    }

    @Bean
    ChangeDisplayNameUseCase changeDisplayName(InMemoryUserRepository users, InMemoryAuditLog audit,
                                               InMemoryTransactions transactions, MutableClock clock) {
        return new ChangeDisplayNameService(users, audit, transactions, clock);
    }

    @Bean
    SessionRevocation sessionRevocation(SwitchableSessionStore sessions, MutableClock clock) {
        return new SessionRevocation(sessions, clock, Duration.ofMinutes(15));
    }

    /** Wrong current passwords, by account, as the failed-login limit would be told of them. */
    @Bean
    CountingFailedLogins countingFailedLogins() {
        return new CountingFailedLogins();
    }

    static final class CountingFailedLogins implements FailedLoginThrottle {
        private final Map<String, Integer> failures = new ConcurrentHashMap<>();

        int of(String account) {
            return failures.getOrDefault(account, 0);
        }

        @Override
        public void requireAttemptsLeft(String account) {
            // the limit itself is the rate limiter's; these tests only count what it is told
        }

        @Override
        public void failed(String account) {
            failures.merge(account, 1, Integer::sum);
        }
    }

    @Bean
    ChangePasswordUseCase changePassword(InMemoryUserRepository users, PlainTextPasswordHasher hasher,
                                         InMemoryAuditLog audit, UnitOfWork unitOfWork,
                                         SessionRevocation revocation, CountingFailedLogins failedLogins,
                                         MutableClock clock) {
        return new ChangePasswordService(users, hasher, audit, unitOfWork, revocation, failedLogins, clock);
    }

    @Bean
    LogOutEverywhereUseCase logOutEverywhere(SessionRevocation revocation, InMemoryAuditLog audit,
                                             InMemoryTransactions transactions, MutableClock clock) {
        return new LogOutEverywhereService(revocation, audit, transactions, clock);
    }

    @Bean
    ListUsersUseCase listUsers(InMemoryUserRepository users) {
        return new ListUsersService(users);
    }

    @Bean
    RestoreUserUseCase restoreUser(InMemoryUserRepository users, InMemoryAuditLog audit, UnitOfWork unitOfWork,
                                   MutableClock clock) {
        return new RestoreUserService(users, audit, unitOfWork, clock);
    }

    @Bean
    PermanentlyDeleteActivityUseCase permanentlyDeleteActivity(InMemoryActivityRepository activities,
                                                               InMemoryAuditLog audit, UnitOfWork unitOfWork,
                                                               MutableClock clock) {
        return new PermanentlyDeleteActivityService(activities, audit, unitOfWork, clock);
    }

    /** Small enough for a test to reach. */
    @Bean
    ActivityQuota activityQuota(InMemoryActivityRepository activities) {
        return new ActivityQuota(activities, ACTIVITY_QUOTA);
    }

    @Bean
    CreateActivityUseCase createActivity(InMemoryActivityRepository activities, ActivityQuota quota,
                                         UnitOfWork unitOfWork, MutableClock clock) {
        return new CreateActivityService(activities, quota, unitOfWork, clock);
    }

    @Bean
    ExportActivitiesUseCase exportActivities(InMemoryActivityRepository activities, InMemoryTransactions transactions) {
        return new ExportActivitiesService(activities, transactions);
    }

    @Bean
    ImportActivitiesUseCase importActivities(InMemoryActivityRepository activities, ActivityQuota quota,
                                             UnitOfWork unitOfWork, MutableClock clock) {
        return new ImportActivitiesService(activities, quota, unitOfWork, clock);
    }

    @Bean
    GetActivityUseCase getActivity(InMemoryActivityRepository activities, ActivityCache cache) {
        return new GetActivityService(activities, cache);
    }

    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    /** On the system clock: counts of the whole test run would never refill on the tests' standing clock. */
    @Bean
    InMemoryRateLimiter rateLimiter() {
        return new InMemoryRateLimiter();
    }

    @Bean
    CurrentRateLimitPolicies rateLimitPolicies(ConfiguredRateLimitPolicies configured) {
        return new CurrentRateLimitPolicies(configured.load());
    }

    @Bean
    CheckRateLimitService checkRateLimit(InMemoryRateLimiter rateLimiter, CurrentRateLimitPolicies policies, RateLimitProperties rateLimit) {
        return new CheckRateLimitService(rateLimiter, policies, rateLimit.onRedisFailure());
    }

    @Bean
    FailedLogins failedLogins(InMemoryRateLimiter rateLimiter, CurrentRateLimitPolicies policies, RateLimitProperties rateLimit) {
        return new FailedLogins(rateLimiter, policies, rateLimit.onRedisFailure(), (account, sourceIp) -> {
        });
    }

    @Bean
    GetStatisticsUseCase getStatistics(InMemoryActivityRepository activities, MutableClock clock, ActivityCache cache) {
        return new GetStatisticsService(new InMemoryActivityTotals(activities), clock, cache);
    }

    @Bean
    ListActivitiesUseCase listActivities(InMemoryActivityRepository activities, ActivityCache cache) {
        return new ListActivitiesService(activities, cache);
    }

    @Bean
    UpdateActivityUseCase updateActivity(InMemoryActivityRepository activities, UnitOfWork unitOfWork, MutableClock clock) {
        return new UpdateActivityService(activities, unitOfWork, clock);
    }

    @Bean
    DeleteActivityUseCase deleteActivity(InMemoryActivityRepository activities, InMemoryAuditLog audit,
                                         UnitOfWork unitOfWork, MutableClock clock) {
        return new DeleteActivityService(activities, audit, unitOfWork, clock);
    }

    @Bean
    RestoreActivityUseCase restoreActivity(InMemoryActivityRepository activities, ActivityQuota quota,
                                           InMemoryAuditLog audit, UnitOfWork unitOfWork, MutableClock clock) {
        return new RestoreActivityService(activities, quota, audit, unitOfWork, clock);
    }

    /** Idempotency records in memory, behind a switch that takes them down as a Redis outage would. */
    @Bean
    SwitchableIdempotencyStore idempotencyStore(MutableClock clock) {
        return new SwitchableIdempotencyStore(new InMemoryIdempotencyStore(clock));
    }

    @Bean
    IdempotentRequestsUseCase idempotentRequests(SwitchableIdempotencyStore store) {
        return new IdempotentRequestsService(store, Duration.ofHours(24), Duration.ofMinutes(1));
    }

    @Bean
    ListTrashUseCase listTrash(InMemoryActivityRepository activities) {
        return new ListTrashService(activities);
    }
}
