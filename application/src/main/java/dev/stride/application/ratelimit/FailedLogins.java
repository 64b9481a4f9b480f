package dev.stride.application.ratelimit;

import dev.stride.domain.port.RateLimiter;
import dev.stride.domain.ratelimit.LimitStanding;
import dev.stride.domain.ratelimit.OnLimiterFailure;
import dev.stride.domain.ratelimit.RateLimitDecision;
import dev.stride.domain.ratelimit.RateLimitPolicies;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import dev.stride.domain.ratelimit.RateLimiterUnavailableException;
import dev.stride.domain.ratelimit.TooManyFailedLoginsException;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The {@code failed-login} policy: wrong passwords counted per account, whatever the client IP, so
 * that a botnet spreading its guesses over many addresses still gets at most the quota per
 * account and window. Any use case that checks a password calls {@link #requireAttemptsLeft}
 * before and {@link #failed} after a wrong one (login; a password change's current password).
 *
 * <p>The price: whoever knows an account's email can use up its quota, and then the owner's right
 * password is refused too until the count comes back (20 per 15 minutes by default: a locked
 * account gets a try back every 45 seconds). Stride accepts that over letting a distributed
 * guesser through; nothing is locked for longer than the window.
 *
 * <p>When the counts cannot be reached, fail-open checks nothing (the per-IP {@code auth} policy
 * is down as well then), fail-closed refuses the login with {@link RateLimiterUnavailableException}.
 */
public final class FailedLogins implements FailedLoginThrottle {

    private final RateLimiter limiter;
    private final Supplier<RateLimitPolicies> policies;
    private final OnLimiterFailure onFailure;
    private final BiConsumer<String, String> onLockout;

    /**
     * @param onLockout told the account whose failed login used up its quota and the source address of
     *                  that failure (a security event)
     */
    public FailedLogins(RateLimiter limiter, Supplier<RateLimitPolicies> policies, OnLimiterFailure onFailure,
                        BiConsumer<String, String> onLockout) {
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
        this.onLockout = Objects.requireNonNull(onLockout, "onLockout");
    }

    /**
     * Refuses before any password is checked when the account has no failed login left.
     *
     * @param account the email the caller claims, as typed (case and surrounding blanks do not matter)
     * @throws TooManyFailedLoginsException when the quota is used up
     */
    @Override
    public void requireAttemptsLeft(String account) {
        RateLimitPolicy policy = policies.get().failedLogin();
        List<LimitStanding> standing;
        try {
            standing = limiter.standing(key(account), policy);
        } catch (RateLimiterUnavailableException e) {
            failOpenOrRethrow(e);
            return;
        }
        Duration wait = Duration.ZERO;
        for (int i = 0; i < standing.size(); i++) {
            if (standing.get(i).remaining() == 0) {
                wait = max(wait, timeForOne(policy, i, standing.get(i)));
            }
        }
        if (wait.isPositive()) {
            throw new TooManyFailedLoginsException(policy, wait);
        }
    }

    /** Counts a wrong password against the account, from a source address that is not known. */
    @Override
    public void failed(String account) {
        failed(account, null);
    }

    /** Counts a wrong password against the account, sent from {@code sourceIp} (null when not known). */
    public void failed(String account, String sourceIp) {
        RateLimitPolicy policy = policies.get().failedLogin();
        try {
            RateLimitDecision decision = limiter.consume(key(account), policy);
            if (decision.remaining() == 0) {
                onLockout.accept(normalized(account), sourceIp);
            }
        } catch (RateLimiterUnavailableException e) {
            failOpenOrRethrow(e);
        }
    }

    /** A limit with nothing left takes one window's share, {@code window / quota}, to give one back; never less than a second. */
    private static Duration timeForOne(RateLimitPolicy policy, int limit, LimitStanding standing) {
        Duration perRequest = policy.limits().get(limit).window().dividedBy(policy.limits().get(limit).quota());
        Duration wait = standing.resetAfter().compareTo(perRequest) < 0 ? standing.resetAfter() : perRequest;
        return max(wait, Duration.ofSeconds(1));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private void failOpenOrRethrow(RateLimiterUnavailableException e) {
        if (onFailure == OnLimiterFailure.FAIL_CLOSED) {
            throw e;
        }
    }

    private static String key(String account) {
        return "account:" + normalized(account);
    }

    private static String normalized(String account) {
        return account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
    }
}
