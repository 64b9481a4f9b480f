package dev.stride.archfixtures.adapters.web.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The one place the fixture web adapter builds problems. */
public final class WorkoutProblems {

    public ProblemDetail notFound(String detail) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
    }
}
