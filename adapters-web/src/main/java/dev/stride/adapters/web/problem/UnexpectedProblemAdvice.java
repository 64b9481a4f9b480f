package dev.stride.adapters.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The last resort, asked after every other advice (see {@link RequestProblemAdvice}): anything
 * unexpected is logged and answered with a 500 that reveals nothing internal.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnexpectedProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedProblemAdvice.class);

    private final ProblemWriter problems;

    UnexpectedProblemAdvice(ProblemWriter problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problems.entity(request, Problem.of(ProblemType.INTERNAL, "An unexpected error occurred"));
    }
}
