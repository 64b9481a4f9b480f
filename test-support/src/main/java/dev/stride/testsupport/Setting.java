package dev.stride.testsupport;

import java.util.Optional;

/** A test setting from a system property ({@code stride.test.x.y}) or the environment ({@code STRIDE_TEST_X_Y}). */
final class Setting {

    private Setting() {
    }

    static Optional<String> get(String name) {
        String property = System.getProperty("stride.test." + name);
        if (property != null && !property.isBlank()) {
            return Optional.of(property);
        }
        String env = System.getenv("STRIDE_TEST_" + name.toUpperCase().replace('.', '_').replace('-', '_'));
        return env == null || env.isBlank() ? Optional.empty() : Optional.of(env);
    }
}
