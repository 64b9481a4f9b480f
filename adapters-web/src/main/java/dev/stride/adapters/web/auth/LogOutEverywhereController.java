package dev.stride.adapters.web.auth;

import dev.stride.adapters.web.security.CurrentUser;
import dev.stride.application.port.in.session.LogOutEverywhereUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The one endpoint under {@code /auth} that needs an access token: it ends the caller's sessions, not one named by a token. */
@Tag(name = "Auth")
@RestController
class LogOutEverywhereController {

    static final String PATH = "/api/v1/auth/logout-all";

    private final LogOutEverywhereUseCase logOutEverywhere;

    LogOutEverywhereController(LogOutEverywhereUseCase logOutEverywhere) {
        this.logOutEverywhere = logOutEverywhere;
    }

    @Operation(summary = "Log out everywhere", description = """
            Ends every session of the caller, this one included: every refresh token gets 401 and every access \
            token issued until now stops working. No body. Audited.""")
    @ApiResponse(responseCode = "204", description = "Logged out everywhere")
    @ApiResponse(responseCode = "503", description = "Sessions cannot be revoked right now (`service-unavailable`)")
    @PostMapping(PATH)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logOutEverywhere(CurrentUser user) {
        logOutEverywhere.logOutEverywhere(user.id());
    }
}
