package dev.stride.adapters.web.problem;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<Object> error(HttpServletRequest request) {
        if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code)) {
            // Asked for directly rather than forwarded to by the container: there is nothing here.
            return problem(HttpStatus.NOT_FOUND, "No endpoint " + request.getMethod() + " " + request.getRequestURI(),
                    request.getRequestURI());
        }
        HttpStatus status = HttpStatus.resolve(code) == null ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.resolve(code);
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri : "/";
        return problem(status, status.is5xxServerError() ? "An unexpected error occurred" : status.getReasonPhrase(), path);
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String detail, String path) {
        // A status Stride has no type for keeps the generic "about:blank" type, which RFC 9457 defines for this.
        ProblemDetail problem = ProblemType.forStatus(status)
                .map(type -> type.problem(detail, path))
                .orElseGet(() -> ProblemType.generic(status, detail, path));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
