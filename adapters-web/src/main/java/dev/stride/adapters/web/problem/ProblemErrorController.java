package dev.stride.adapters.web.problem;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that never reached a controller (rejected by the servlet container or the security
 * firewall, or thrown by a filter) are forwarded to the error path; they get a problem too,
 * replacing Boot's own error body.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    private final ProblemWriter problems;

    ProblemErrorController(ProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<Object> error(HttpServletRequest request) {
        if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code)) {
            // Asked for directly rather than forwarded to by the container: there is nothing here.
            return problems.entity(request, Problem.of(ProblemType.NOT_FOUND,
                    "No endpoint " + request.getMethod() + " " + request.getRequestURI()));
        }
        HttpStatus status = HttpStatus.resolve(code) == null ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.resolve(code);
        String detail = status.is5xxServerError() ? "An unexpected error occurred" : status.getReasonPhrase();
        return problems.entity(request, Problem.forStatus(status, detail));
    }
}
