package dev.stride.adapters.web.problem;

import dev.stride.domain.ratelimit.RateLimiterUnavailableException;
import dev.stride.domain.ratelimit.TooManyFailedLoginsException;
import dev.stride.domain.session.SessionStoreUnavailableException;
import dev.stride.domain.shared.AuthenticationFailedException;
import dev.stride.domain.shared.ConflictException;
import dev.stride.domain.shared.NotFoundException;
import dev.stride.domain.shared.OverloadedException;
import dev.stride.domain.shared.PreconditionFailedException;
import dev.stride.domain.shared.QuotaExceededException;
import dev.stride.domain.shared.StorageUnavailableException;
import dev.stride.domain.shared.ValidationException;
import dev.stride.domain.user.WrongPasswordException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.time.Duration;

/** The domain's exceptions as problems (in its order among the advices: see {@link RequestProblemAdvice}). */
@RestControllerAdvice
@Order(0)
class DomainProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(DomainProblemAdvice.class);
    /** About how long a restarting PostgreSQL takes to accept connections again. */
    private static final Duration STORAGE_RETRY_AFTER = Duration.ofSeconds(5);
    /** Redis, behind sessions and rate limits, is back about as soon. */
    private static final Duration REDIS_RETRY_AFTER = Duration.ofSeconds(5);

    private final ProblemWriter problems;

    DomainProblemAdvice(ProblemWriter problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<Object> validation(ValidationException e, HttpServletRequest request) {
        return problems.entity(request, Problem.invalid(e));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e, HttpServletRequest request) {
        return problem(ProblemType.NOT_FOUND, capitalized(e.getMessage()), request);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e, HttpServletRequest request) {
        return problem(ProblemType.CONFLICT, capitalized(e.getMessage()), request);
    }

    /** Names the quota and its limit, so a client can tell it from other conflicts. */
    @ExceptionHandler(QuotaExceededException.class)
    ResponseEntity<Object> quotaExceeded(QuotaExceededException e, HttpServletRequest request) {
        return problems.entity(request, Problem.of(ProblemType.QUOTA_EXCEEDED, capitalized(e.getMessage()))
                .with("quota", e.quota())
                .with("limit", e.limit()));
    }

    @ExceptionHandler(PreconditionFailedException.class)
    ResponseEntity<Object> preconditionFailed(PreconditionFailedException e, HttpServletRequest request) {
        return problem(ProblemType.PRECONDITION_FAILED,
                capitalized(e.getMessage()) + "; fetch it again and retry with its current ETag", request);
    }

    @ExceptionHandler(AuthenticationFailedException.class)
    ResponseEntity<Object> authenticationFailed(AuthenticationFailedException e, HttpServletRequest request) {
        // RFC 9110 requires a challenge with every 401.
        return problems.entity(request, Problem.of(ProblemType.UNAUTHORIZED, "Authentication failed")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
    }

    @ExceptionHandler(WrongPasswordException.class)
    ResponseEntity<Object> wrongPassword(WrongPasswordException e, HttpServletRequest request) {
        return problem(ProblemType.FORBIDDEN, capitalized(e.getMessage()), request);
    }

    /** The account's failed-login quota is used up: told like any rate limit, naming the policy. */
    @ExceptionHandler(TooManyFailedLoginsException.class)
    ResponseEntity<Object> tooManyFailedLogins(TooManyFailedLoginsException e, HttpServletRequest request) {
        return problems.entity(request, Problem.of(ProblemType.RATE_LIMITED, "Too many failed logins for this account; retry in "
                        + Problem.retryAfterSeconds(e.retryAfter()) + " seconds.")
                .retryAfter(e.retryAfter())
                .header("X-RateLimit-Resource", e.policy().name()));
    }

    /** Sessions live in Redis: without it nobody can log in or refresh, but it is not the caller's fault. */
    @ExceptionHandler(SessionStoreUnavailableException.class)
    ResponseEntity<Object> sessionStoreUnavailable(SessionStoreUnavailableException e, HttpServletRequest request) {
        log.warn("Session store unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return unavailable("Sessions cannot be stored or read right now; try again shortly", REDIS_RETRY_AFTER, request);
    }

    @ExceptionHandler(RateLimiterUnavailableException.class)
    ResponseEntity<Object> rateLimiterUnavailable(RateLimiterUnavailableException e, HttpServletRequest request) {
        log.warn("Rate limiter unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return unavailable("Rate limits cannot be counted or read right now; try again shortly", REDIS_RETRY_AFTER, request);
    }

    /** Work refused to keep the rest of the service answering (a login burst): retry shortly. */
    @ExceptionHandler(OverloadedException.class)
    ResponseEntity<Object> overloaded(OverloadedException e, HttpServletRequest request) {
        return unavailable(e.getMessage(), e.retryAfter(), request);
    }

    /** PostgreSQL is down or unreachable: refused in seconds, not after a long wait; cached reads still answer. */
    @ExceptionHandler(StorageUnavailableException.class)
    ResponseEntity<Object> storageUnavailable(StorageUnavailableException e, HttpServletRequest request) {
        log.warn("Storage unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(),
                e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        return unavailable("The data store cannot be reached right now; try again shortly", STORAGE_RETRY_AFTER, request);
    }

    /** A dependency is down, not the caller's fault: 503 with a short {@code Retry-After}. */
    private ResponseEntity<Object> unavailable(String detail, Duration retryAfter, HttpServletRequest request) {
        return problems.entity(request, Problem.of(ProblemType.SERVICE_UNAVAILABLE, detail).retryAfter(retryAfter));
    }

    private ResponseEntity<Object> problem(ProblemType type, String detail, HttpServletRequest request) {
        return problems.entity(request, Problem.of(type, detail));
    }

    private static String capitalized(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
