package dev.stride.application.port.in.session;

public interface LogOutEverywhereUseCase {

    /** Every session of the user is revoked, and every access token issued until now stops working. */
    void logOutEverywhere(long userId);
}
