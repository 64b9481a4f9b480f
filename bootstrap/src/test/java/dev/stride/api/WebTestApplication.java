package dev.stride.api;

import dev.stride.adapters.web.WebConfiguration;
import dev.stride.adapters.web.security.PostAuthenticationFilter;
import dev.stride.application.ratelimit.FailedLoginThrottle;
import dev.stride.application.testing.CountingSecurityMetrics;
import dev.stride.application.testing.InMemoryActivityRepository;
import dev.stride.application.testing.InMemoryActivityTotals;
import dev.stride.application.testing.InMemoryAuditLog;
import dev.stride.application.testing.InMemoryCache;
import dev.stride.application.testing.InMemoryExclusiveRunner;
import dev.stride.application.testing.InMemoryIdempotencyStore;
import dev.stride.application.testing.InMemoryRateLimiter;
import dev.stride.application.testing.InMemorySessionStore;
import dev.stride.application.testing.InMemoryTransactions;
import dev.stride.application.testing.InMemoryUserRepository;
import dev.stride.application.testing.MutableClock;
import dev.stride.application.testing.SwitchableIdempotencyStore;
import dev.stride.application.testing.SwitchablePasswordHasher;
import dev.stride.application.testing.SwitchableSessionStore;
import dev.stride.bootstrap.UseCaseConfiguration;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The web adapter on the real use cases, wired as Stride wires them ({@link UseCaseConfiguration}), over the
 * in-memory adapters: everything but PostgreSQL and Redis. These tests live in bootstrap because the wiring
 * does (adapters-web cannot depend on it), and outside {@code dev.stride.bootstrap} and
 * {@code dev.stride.adapters.web} so that no component scan of the real application finds them.
 * The tests start it with {@code stride.embedded.enabled=false}: nothing embedded is started for it either.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = {DataSourceAutoConfiguration.class, DataRedisAutoConfiguration.class})
@Import({WebConfiguration.class, UseCaseConfiguration.class, FailingController.class})
class WebTestApplication {

    static final String CALLER_HEADER = "X-Test-Caller";
    static final Instant START = Instant.parse("2026-11-20T08:00:00Z");
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

    @Bean
    InMemoryActivityTotals activityTotals(InMemoryActivityRepository activities) {
        return new InMemoryActivityTotals(activities);
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

    @Bean
    InMemoryExclusiveRunner exclusiveRunner() {
        return new InMemoryExclusiveRunner();
    }

    /** Reads go through the cache-aside logic as in production, on an in-memory cache. */
    @Bean
    InMemoryCache cache() {
        return new InMemoryCache();
    }

    @Bean
    SwitchablePasswordHasher passwordHasher() {
        return new SwitchablePasswordHasher();
    }

    @Bean
    CountingSecurityMetrics securityMetrics() {
        return new CountingSecurityMetrics();
    }

    /** On the system clock: counts of the whole test run would never refill on the tests' standing clock. */
    @Bean
    InMemoryRateLimiter rateLimiter() {
        return new InMemoryRateLimiter();
    }

    /** Idempotency records in memory, behind a switch that takes them down as a Redis outage would. */
    @Bean
    SwitchableIdempotencyStore idempotencyStore(MutableClock clock) {
        return new SwitchableIdempotencyStore(new InMemoryIdempotencyStore(clock));
    }

    /** Wrong current passwords of a password change, by account, as the failed-login limit is told of them. */
    @Bean
    @Primary
    CountingFailedLogins countingFailedLogins() {
        return new CountingFailedLogins();
    }

    /** Every authentication event Spring Security publishes, counted. */
    @Bean
    AuthenticationEvents authenticationEvents() {
        return new AuthenticationEvents();
    }

    static final class AuthenticationEvents implements ApplicationListener<AbstractAuthenticationEvent> {
        private final AtomicInteger published = new AtomicInteger();

        int published() {
            return published.get();
        }

        @Override
        public void onApplicationEvent(AbstractAuthenticationEvent event) {
            published.incrementAndGet();
        }
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
}
