package dev.stride.application.ratelimit;

/**
 * The per-account limit on wrong passwords (the rate limiter's {@code failed-login} policy), for use
 * cases that check a password other than login: asked before the password is checked, told of a
 * wrong one. {@code account} is the account's email.
 */
public interface FailedLoginThrottle {

    /** Throws when the account has no failed attempt left (the caller then gets 429). */
    void requireAttemptsLeft(String account);

    /** Counts a wrong password against the account. */
    void failed(String account);
}
