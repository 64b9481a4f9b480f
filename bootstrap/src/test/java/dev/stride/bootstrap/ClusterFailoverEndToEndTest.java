package dev.stride.bootstrap;

import dev.stride.bootstrap.ApiClient.Session;
import dev.stride.testsupport.HttpClientForTests.Response;
import dev.stride.testsupport.LocalRedisCluster;
import dev.stride.testsupport.LocalRedisCluster.KilledMaster;
import dev.stride.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.stride.bootstrap.ApiClient.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stride on a Redis Cluster of its own (3 masters, a replica each) while the master holding the
 * user's sessions and revocation cut-off is SIGKILLed under a reader and a writer: nothing answers
 * 500 or drops the connection (503 while the replica is elected is fine), reads and writes work
 * again within 10 s, and no read ever returns a value older than the last acknowledged write.
 */
class ClusterFailoverEndToEndTest {

    /** Small, so that the election takes seconds; generous enough for a busy machine not to fail over by itself. */
    private static final Duration NODE_TIMEOUT = Duration.ofSeconds(2);

    /** What a read saw, and the newest write acknowledged before it was sent. */
    private record Read(int status, int ackedBefore, int value) {
    }

    @Test
    void aKilledMasterCostsAtMostA503WhileItsReplicaTakesOverAndNothingStaleIsRead() throws Exception {
        try (LocalRedisCluster cluster = LocalRedisCluster.start(3, NODE_TIMEOUT);
             RunningStride stride = RunningStride.startOnCluster(TestPostgres.database(), cluster.endpoint("failover:"),
                     Map.of("stride.rate-limit.policies.authenticated.limit", "100000"))) {
            ApiClient api = stride.api();
            Session user = api.newUser();
            String path = "/api/v1/activities/" + api.post("/api/v1/activities", user.accessToken(), activity("RUNNING", "2026-03-01", 1))
                    .json().get("id").asLong();
            AtomicInteger acked = new AtomicInteger(1);
            AtomicBoolean running = new AtomicBoolean(true);
            ConcurrentLinkedQueue<Read> reads = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Integer> writeStatuses = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Throwable> dropped = new ConcurrentLinkedQueue<>();

            Thread writer = Thread.ofVirtual().start(() -> {
                for (int minutes = 2; running.get(); minutes++) {
                    try {
                        Response put = api.send("PUT", path, user.accessToken(), activity("RUNNING", "2026-03-01", minutes), Map.of());
                        writeStatuses.add(put.status());
                        if (put.status() == 200) {
                            acked.set(minutes);
                        }
                    } catch (RuntimeException e) {
                        dropped.add(e);
                    }
                }
            });
            Thread reader = Thread.ofVirtual().start(() -> {
                while (running.get()) {
                    int ackedBefore = acked.get();
                    try {
                        Response get = api.get(path, user.accessToken());
                        reads.add(new Read(get.status(), ackedBefore,
                                get.status() == 200 ? get.json().get("durationMinutes").asInt() : -1));
                    } catch (RuntimeException e) {
                        dropped.add(e);
                    }
                }
            });
            await().atMost(Duration.ofSeconds(10)).until(() -> acked.get() > 3 && reads.size() > 3);

            KilledMaster killed = cluster.killMasterServing("failover:s:{u:" + user.userId() + "}:r");
            int writesAtKill = writeStatuses.size();
            int readsAtKill = reads.size();
            await("reads and writes succeed again").atMost(Duration.ofSeconds(10)).until(() ->
                    writeStatuses.stream().skip(writesAtKill).anyMatch(status -> status == 200)
                            && reads.stream().skip(readsAtKill).anyMatch(read -> read.status() == 200));
            cluster.awaitFailover(killed);
            int ackedAfterFailover = acked.get();
            await().atMost(Duration.ofSeconds(10)).until(() -> acked.get() > ackedAfterFailover + 3);
            running.set(false);
            writer.join();
            reader.join();

            assertThat(dropped).as("requests that lost their connection").isEmpty();
            assertThat(writeStatuses).as("write statuses").isNotEmpty().allMatch(status -> status == 200 || status == 503);
            assertThat(reads).as("read statuses").allMatch(read -> read.status() == 200 || read.status() == 503);
            List<Read> stale = reads.stream().filter(read -> read.status() == 200 && read.value() < read.ackedBefore()).toList();
            assertThat(stale).as("reads older than the last acknowledged write").isEmpty();

            Response refreshed = api.post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + user.refreshToken() + "\"}");
            assertThat(refreshed.status()).as("the session on the promoted replica").isEqualTo(200);
        }
    }
}
