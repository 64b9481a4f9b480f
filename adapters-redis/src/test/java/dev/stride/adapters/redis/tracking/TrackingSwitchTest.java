package dev.stride.adapters.redis.tracking;

import dev.stride.testsupport.RedisEndpoint;
import dev.stride.testsupport.TestRedis;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.protocol.ProtocolVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The RESP3 / tracking switch on its own, on real connections. */
class TrackingSwitchTest {

    private final RedisEndpoint endpoint = TestRedis.shared();
    private final RedisClient client = RedisClient.create(endpoint.uri());
    private final KnownValues known = new KnownValues();

    @AfterEach
    void close() {
        client.shutdown();
    }

    @Test
    void onARespThreeConnectionTrackingIsSwitchedOn() {
        TrackingSwitch tracking = new TrackingSwitch(client.connect(StringCodec.UTF8), List.of(endpoint.keyPrefix() + "c:g:"), known);

        tracking.switchOn();

        await().until(tracking::isOn);
    }

    @Test
    void onAConnectionWithoutPushesTrackingStaysOff() {
        client.setOptions(ClientOptions.builder().protocolVersion(ProtocolVersion.RESP2).build());
        StatefulRedisConnection<String, String> resp2 = client.connect(StringCodec.UTF8);
        TrackingSwitch tracking = new TrackingSwitch(resp2, List.of(endpoint.keyPrefix() + "c:g:"), known);

        tracking.switchOn();
        resp2.sync().ping();
        resp2.sync().ping(); // the answers to CLIENT INFO (and a CLIENT TRACKING it would have sent) have arrived

        assertThat(tracking.isOn()).isFalse();
    }

    @Test
    void aLostConnectionForgetsEverythingAndSwitchesOff() {
        StatefulRedisConnection<String, String> connection = client.connect(StringCodec.UTF8);
        TrackingSwitch tracking = new TrackingSwitch(connection, List.of(endpoint.keyPrefix() + "c:g:"), known);
        tracking.switchOn();
        await().until(tracking::isOn);
        known.answered(known.reading("u:1", 0), "e.g1");

        tracking.onRedisDisconnected(null);

        assertThat(tracking.isOn()).isFalse();
        assertThat(known.current("u:1")).isNull();
    }
}
