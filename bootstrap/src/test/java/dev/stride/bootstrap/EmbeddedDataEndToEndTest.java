package dev.stride.bootstrap;

import dev.stride.bootstrap.ApiClient.Session;
import dev.stride.testsupport.HttpClientForTests.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.stride.bootstrap.ApiClient.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The default run keeps its data: Stride with nothing configured, as {@code java -jar stride.jar}
 * runs it (a JVM of its own, embedded PostgreSQL and Redis), is started, written to, stopped and
 * started again on the same {@code stride.embedded.data-dir}; and a second Stride on a directory in
 * use is turned away with a clear message.
 */
class EmbeddedDataEndToEndTest {

    private static final String SECRET = "Tn5Wq8Zk2Hc7Rv4Lx9Bm1Pd6Jy3Fs0Ga"; // random-looking: passphrases are refused

    @TempDir
    Path dataDir;

    /** One story, since every start of a JVM with embedded servers costs many seconds. */
    @Test
    void aSecondStartFindsTheDataOfTheFirstAndASecondStrideOnTheSameDirectoryIsTurnedAway() throws Exception {
        Session ann;
        long activityId;
        try (Stride first = Stride.start(dataDir)) {
            first.awaitReady();
            ann = first.api.newUser();
            Response created = first.api.post("/api/v1/activities", ann.accessToken(), activity("RUNNING", "2026-01-10", 42));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            activityId = created.json().get("id").asLong();
            assertThat(first.log()).contains("keep their data in " + dataDir.toRealPath())
                    .contains("stop Stride and delete that directory");

            try (Stride contender = Stride.start(dataDir)) {
                assertThat(contender.process.waitFor(3, TimeUnit.MINUTES)).as("the contender stops by itself").isTrue();
                assertThat(contender.process.exitValue()).isNotZero();
                assertThat(contender.log()).contains("Another Stride is running on the embedded data in " + dataDir.toRealPath());
            }
            Response undisturbed = first.api.get("/api/v1/activities/" + activityId, ann.accessToken());
            assertThat(undisturbed.status()).as("the first one runs on").isEqualTo(200);
        }

        try (Stride second = Stride.start(dataDir)) {
            second.awaitReady();
            Session again = second.api.logIn(ann.email(), "correct horse battery", ann.userId());
            Response read = second.api.get("/api/v1/activities/" + activityId, again.accessToken());
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            assertThat(read.json().get("durationMinutes").asInt()).isEqualTo(42);
        }
    }

    /** {@code StrideApplication} in a JVM of its own, with this test's class path and no server configured. */
    private static final class Stride implements AutoCloseable {

        final Process process;
        final ApiClient api;
        private final Path log;

        private Stride(Process process, int port, Path log) {
            this.process = process;
            this.api = new ApiClient("http://127.0.0.1:" + port);
            this.log = log;
        }

        static Stride start(Path dataDir) throws IOException {
            int port = freePort();
            Path log = Files.createTempFile("stride-embedded-", ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    StrideApplication.class.getName(),
                    "--server.port=" + port,
                    "--stride.embedded.data-dir=" + dataDir,
                    "--stride.security.jwt-secret=" + SECRET));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("STRIDE_"));
            return new Stride(builder.start(), port, log);
        }

        void awaitReady() {
            await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .failFast("Stride exited: " + tail(), () -> !process.isAlive())
                    .until(() -> api.get("/actuator/health/readiness", null).status() == 200);
        }

        String log() throws IOException {
            return Files.readString(log);
        }

        private String tail() {
            try {
                String text = log();
                return text.substring(Math.max(0, text.length() - 4000));
            } catch (IOException e) {
                return e.toString();
            }
        }

        /** SIGTERM, as a user's Ctrl-C: the shutdown hooks stop the embedded servers cleanly. */
        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
            }
            Files.deleteIfExists(log);
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
