package dev.stride.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A bug, on purpose: shows what a client sees of an unexpected exception. */
@RestController
class FailingController {

    static final String SECRET = "connection string with password hunter2";

    @GetMapping("/api/v1/test/failure")
    String fail() {
        throw new IllegalStateException(SECRET);
    }
}
