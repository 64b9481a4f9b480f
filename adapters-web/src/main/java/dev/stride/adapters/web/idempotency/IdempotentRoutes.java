package dev.stride.adapters.web.idempotency;

import java.util.Set;

/** The endpoints that honour {@code Idempotency-Key}: every POST that creates something. */
final class IdempotentRoutes {

    static final String METHOD = "POST";
    static final Set<String> PATHS = Set.of("/api/v1/activities", "/api/v1/activities/import");

    private IdempotentRoutes() {
    }

    static boolean matches(String method, String path) {
        return METHOD.equals(method) && PATHS.contains(path);
    }
}
