package dev.stride.testsupport;

import org.awaitility.Awaitility;
import redis.embedded.core.ExecutableProvider;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A redis-server process of the test's own, so that a test can stop it or freeze it (SIGSTOP) to
 * show how Stride behaves when Redis is down or hangs, without disturbing anything else. Uses the
 * machine's {@code redis-server} when there is one, else the binary shipped in embedded-redis.
 */
public final class DedicatedRedis implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final int port;
    private final List<String> extraArguments;
    private Process process;

    public DedicatedRedis() {
        this(freePort(), List.of());
    }

    /** A server on {@code port} started with further {@code redis-server} arguments (a cluster node's, for example). */
    DedicatedRedis(int port, List<String> extraArguments) {
        this.port = port;
        this.extraArguments = List.copyOf(extraArguments);
    }

    /** Starts (or restarts, on the same port, with no data) the server. */
    public synchronized DedicatedRedis start() {
        if (process != null && process.isAlive()) {
            return this;
        }
        try {
            List<String> command = new ArrayList<>(List.of(executable(), "--port", String.valueOf(port),
                    "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "no"));
            command.addAll(extraArguments);
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            awaitListening();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start redis-server", e);
        }
    }

    public synchronized boolean running() {
        return process != null && process.isAlive();
    }

    public int port() {
        return port;
    }

    public String host() {
        return "127.0.0.1";
    }

    public String uri() {
        return "redis://" + host() + ":" + port;
    }

    /** Kills the server (SIGKILL, no chance to say goodbye): connections are refused until {@link #start()}. */
    public synchronized void stop() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    /** Freezes the server (SIGSTOP): connections stay open and every command hangs, as with a stuck Redis. */
    public synchronized void pause() {
        signal("STOP");
    }

    public synchronized void resume() {
        signal("CONT");
    }

    @Override
    public void close() {
        if (process != null) {
            signal("CONT");
        }
        stop();
    }

    private void signal(String signal) {
        if (process == null) {
            throw new IllegalStateException("redis-server is not running");
        }
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitListening() {
        Awaitility.await("redis-server to answer on port " + port).atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(50))
                .failFast("redis-server exited", () -> {
                    if (!process.isAlive()) {
                        throw new IOException("redis-server exited with " + process.exitValue());
                    }
                })
                .until(this::answersPing);
    }

    private boolean answersPing() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host(), port), 200);
            socket.setSoTimeout(500);
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] reply = new byte[7];
            int read = socket.getInputStream().read(reply);
            return read > 0 && new String(reply, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException notYet) {
            return false;
        }
    }

    static String executable() throws IOException {
        Optional<String> installed = onPath("redis-server");
        return installed.isPresent() ? installed.get() : ExecutableProvider.newJarResourceProvider().get().getAbsolutePath();
    }

    static Optional<String> onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
