package dev.stride.archfixtures.bootstrap;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A controller belongs in the web adapter, not in the module that wires. */
@RestController
public class BadHoldsAController {

    @GetMapping("/ping")
    public String ping() {
        return "pong";
    }
}
