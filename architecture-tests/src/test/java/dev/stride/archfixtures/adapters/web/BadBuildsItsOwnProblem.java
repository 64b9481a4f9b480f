package dev.stride.archfixtures.adapters.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A filter that answers with a problem of its own making, beside the problem package's writer. */
public final class BadBuildsItsOwnProblem {

    public ProblemDetail tooManyRequests() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, "slow down");
    }
}
