package dev.stride.application.testing;

import dev.stride.domain.shared.OverloadedException;

import java.time.Duration;

/** A {@link PlainTextPasswordHasher} that tests can saturate: every hash and comparison is then refused, as a full hashing pool refuses them. */
public class SwitchablePasswordHasher extends PlainTextPasswordHasher {

    public static final Duration RETRY_AFTER = Duration.ofMillis(1500);

    private volatile boolean saturated;

    public void saturate() {
        saturated = true;
    }

    public void relieve() {
        saturated = false;
    }

    @Override
    public String hash(String rawPassword) {
        refuseWhileSaturated();
        return super.hash(rawPassword);
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        refuseWhileSaturated();
        return super.matches(rawPassword, hash);
    }

    private void refuseWhileSaturated() {
        if (saturated) {
            throw new OverloadedException("Too many passwords are being checked right now", RETRY_AFTER);
        }
    }
}
