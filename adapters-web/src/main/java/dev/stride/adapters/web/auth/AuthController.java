package dev.stride.adapters.web.auth;

import dev.stride.adapters.web.ratelimit.ClientIp;
import dev.stride.adapters.web.security.AccessTokens;
import dev.stride.adapters.web.user.UserResponse;
import dev.stride.application.port.in.session.LogOutUseCase;
import dev.stride.application.port.in.session.LoggedIn;
import dev.stride.application.port.in.session.RefreshSessionUseCase;
import dev.stride.application.port.in.user.LogInUseCase;
import dev.stride.application.port.in.user.RegisterUserUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sign-up, login, refresh and logout; open to anonymous callers. */
@Tag(name = "Auth", description = "Accounts, access tokens and sessions")
@SecurityRequirements
@RestController
@RequestMapping(path = "/api/v1/auth", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
class AuthController {

    private final RegisterUserUseCase register;
    private final LogInUseCase logIn;
    private final RefreshSessionUseCase refresh;
    private final LogOutUseCase logOut;
    private final AccessTokens accessTokens;

    AuthController(RegisterUserUseCase register, LogInUseCase logIn, RefreshSessionUseCase refresh, LogOutUseCase logOut,
            AccessTokens accessTokens) {
        this.register = register;
        this.logIn = logIn;
        this.refresh = refresh;
        this.logOut = logOut;
        this.accessTokens = accessTokens;
    }

    @Operation(summary = "Create an account", description = """
            The email is trimmed and lower-cased; the password must have 8 to 128 characters; without a \
            displayName the email's local part is used. Every new account has the role USER.""")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "409", description = "A live account already has this email (`conflict`)")
    @ApiResponse(responseCode = "503", description = """
            Too many passwords are being hashed at once, or PostgreSQL cannot be reached (`service-unavailable`); \
            retry after `Retry-After` seconds""")
    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    UserResponse register(@RequestBody RegisterRequest request) {
        return UserResponse.of(register.register(request.toCommand()));
    }

    @Operation(summary = "Log in", description = """
            Answers an access token (a JWT, valid for `expiresIn` seconds) and an opaque refresh token that \
            starts a new session (valid for 30 days by default). Unknown email, wrong password and deleted \
            account get the same 401.""")
    @ApiResponse(responseCode = "200", description = "Logged in")
    @ApiResponse(responseCode = "401", description = "The credentials were not accepted (`unauthorized`)")
    @ApiResponse(responseCode = "503", description = """
            Too many passwords are being checked at once, or sessions (Redis) or accounts (PostgreSQL) cannot be \
            reached (`service-unavailable`); retry after `Retry-After` seconds""")
    @PostMapping("/login")
    TokenResponse logIn(@RequestBody LoginRequest request, ClientIp client) {
        return issue(logIn.logIn(request.toCommand(client.value())));
    }

    @Operation(summary = "Refresh the access token", description = """
            Spends the refresh token and answers a new pair; each refresh token works once. Presenting a spent \
            refresh token again revokes every session of that login (someone else has a copy of it): all its \
            refresh tokens then get 401 and the user must log in again; the reuse is audited with the client's \
            address. A login's sessions end 90 days after it in any case (`stride.security.refresh-token-max-lifetime`).""")
    @ApiResponse(responseCode = "200", description = "A new access token and a new refresh token")
    @ApiResponse(responseCode = "401", description = """
            The refresh token is unknown, expired, spent or revoked, or its account was closed (`unauthorized`)""")
    @ApiResponse(responseCode = "503", description = "Sessions cannot be read right now (`service-unavailable`)")
    @PostMapping("/refresh")
    TokenResponse refresh(@RequestBody RefreshRequest request, ClientIp client) {
        return issue(refresh.refresh(request.refreshToken(), client.value()));
    }

    @Operation(summary = "Log out", description = """
            Ends the session of the refresh token. Answers 204 whatever the token (unknown, expired, already \
            logged out); a spent one revokes its whole session as on refresh. Access tokens already issued \
            stay valid until they expire (15 minutes by default).""")
    @ApiResponse(responseCode = "204", description = "Logged out")
    @ApiResponse(responseCode = "503", description = "Sessions cannot be reached right now (`service-unavailable`)")
    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logOut(@RequestBody RefreshRequest request, ClientIp client) {
        logOut.logOut(request.refreshToken(), client.value());
    }

    private TokenResponse issue(LoggedIn session) {
        return TokenResponse.of(accessTokens.issue(session.user(), session.sessionId()), session);
    }
}
