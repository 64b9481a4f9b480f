package dev.stride.adapters.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;

import java.time.Duration;

/**
 * The client options of every Lettuce client Stride builds itself (the cache's, the rate limiter's,
 * the cut-offs' tracking): a command fails after {@code timeout}, a connection attempt after
 * {@code connectTimeout}, and while reconnecting commands fail at once instead of queueing until they
 * time out, so that a Redis in trouble costs a request one short wait at most.
 */
public final class FailFastClientOptions {

    private FailFastClientOptions() {
    }

    public static ClientOptions of(Duration timeout, Duration connectTimeout) {
        return ClientOptions.builder()
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .socketOptions(SocketOptions.builder().connectTimeout(connectTimeout).build())
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build();
    }
}
