package dev.stride.application.testing;

import dev.stride.domain.idempotency.ClaimOutcome;
import dev.stride.domain.idempotency.IdempotencyKey;
import dev.stride.domain.idempotency.IdempotencyStoreUnavailableException;
import dev.stride.domain.idempotency.RequestFingerprint;
import dev.stride.domain.idempotency.StoredResponse;
import dev.stride.domain.port.IdempotencyStore;

import java.time.Duration;
import java.util.function.Supplier;

/** Wraps an idempotency store that tests can take down (every call then fails as the Redis one does) and bring back. */
public class SwitchableIdempotencyStore implements IdempotencyStore {

    private final IdempotencyStore delegate;
    private volatile boolean down;

    public SwitchableIdempotencyStore(IdempotencyStore delegate) {
        this.delegate = delegate;
    }

    public void down() {
        down = true;
    }

    public void up() {
        down = false;
    }

    @Override
    public ClaimOutcome claim(IdempotencyKey key, RequestFingerprint fingerprint, String claimToken, Duration inFlightFor) {
        return call(() -> delegate.claim(key, fingerprint, claimToken, inFlightFor));
    }

    @Override
    public boolean complete(IdempotencyKey key, String claimToken, StoredResponse response, Duration keepFor) {
        return call(() -> delegate.complete(key, claimToken, response, keepFor));
    }

    @Override
    public void release(IdempotencyKey key, String claimToken) {
        call(() -> {
            delegate.release(key, claimToken);
            return null;
        });
    }

    private <T> T call(Supplier<T> command) {
        if (down) {
            throw new IdempotencyStoreUnavailableException("idempotency store is down (test switch)", null);
        }
        return command.get();
    }
}
