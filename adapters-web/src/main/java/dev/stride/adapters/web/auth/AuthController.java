package dev.stride.adapters.web.auth;

import dev.stride.adapters.web.security.AccessTokens;
import dev.stride.application.port.in.LogInUseCase;
import dev.stride.application.port.in.RegisterUserUseCase;
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

/** Sign-up and login; open to anonymous callers. */
@Tag(name = "Auth", description = "Accounts and access tokens")
@SecurityRequirements
@RestController
@RequestMapping(path = "/api/v1/auth", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
class AuthController {

    private final RegisterUserUseCase register;
    private final LogInUseCase logIn;
    private final AccessTokens accessTokens;

    AuthController(RegisterUserUseCase register, LogInUseCase logIn, AccessTokens accessTokens) {
        this.register = register;
        this.logIn = logIn;
        this.accessTokens = accessTokens;
    }

    @Operation(summary = "Create an account", description = """
            The email is trimmed and lower-cased; the password must have 8 to 128 characters; without a \
            displayName the email's local part is used. Every new account has the role USER.""")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "409", description = "A live account already has this email (`conflict`)")
    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    UserResponse register(@RequestBody RegisterRequest request) {
        return UserResponse.of(register.register(request.toCommand()));
    }

    @Operation(summary = "Log in", description = """
            Answers an access token (a JWT, valid for `expiresIn` seconds). Unknown email, wrong password and \
            deleted account get the same 401.""")
    @ApiResponse(responseCode = "200", description = "Logged in")
    @ApiResponse(responseCode = "401", description = "The credentials were not accepted (`unauthorized`)")
    @PostMapping("/login")
    TokenResponse logIn(@RequestBody LoginRequest request) {
        return TokenResponse.of(accessTokens.issue(logIn.logIn(request.toCommand())));
    }
}
