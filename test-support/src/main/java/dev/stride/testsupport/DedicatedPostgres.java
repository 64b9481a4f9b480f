package dev.stride.testsupport;

import org.awaitility.Awaitility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own (its own data directory and a free port), so that a test can
 * crash it (SIGKILL to the postmaster and every backend, as a machine or container dying does), freeze
 * it (SIGSTOP: connections stay open and nothing answers, as with a hung host) and start it again on the
 * same data, to show how Stride behaves and recovers, without disturbing anything else.
 *
 * <p>Runs the machine's PostgreSQL server binaries ({@code initdb}, {@code postgres}: found through
 * {@code STRIDE_TEST_POSTGRES_BIN}, {@code pg_config --bindir}, {@code /usr/lib/postgresql/<newest>/bin} or
 * the {@code PATH}); as the {@code postgres} OS user when the tests run as root, since PostgreSQL refuses
 * to run as root. Commits are durable ({@code fsync} and {@code synchronous_commit} on), so what was
 * acknowledged before a crash must be there after it. Stopped and deleted when the JVM exits.
 */
public final class DedicatedPostgres implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final String SUPERUSER = "postgres";

    private final Path bin;
    private final Path root;
    private final Path dataDirectory;
    private final int port;
    private Process server;

    private DedicatedPostgres(Path bin, Path root, int port) {
        this.bin = bin;
        this.root = root;
        this.dataDirectory = root.resolve("data");
        this.port = port;
    }

    /** The server binaries of this machine, or empty when there are none (the test should then be skipped). */
    public static Optional<Path> serverBinaries() {
        return Stream.of(Setting.get("postgres.bin").map(Path::of), pgConfigBindir(), newestPackagedBindir(), onPath())
                .flatMap(Optional::stream)
                .filter(dir -> Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("postgres")))
                .findFirst();
    }

    /** A new, initialised cluster (not yet running). */
    public static DedicatedPostgres create() {
        Path bin = serverBinaries().orElseThrow(() -> new IllegalStateException(
                "no PostgreSQL server binaries (initdb, postgres) found; set STRIDE_TEST_POSTGRES_BIN"));
        try {
            Path root = Files.createTempDirectory("stride-dedicated-pg-");
            DedicatedPostgres postgres = new DedicatedPostgres(bin, root, DedicatedRedis.freePort());
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close));
            ownedByServerUser(root);
            run(asServerUser(List.of(bin.resolve("initdb").toString(), "-D", postgres.dataDirectory.toString(),
                    "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--no-sync")));
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a PostgreSQL cluster", e);
        }
    }

    /** Starts (or starts again, on the same port and data, replaying the WAL after a crash) the server. */
    public synchronized DedicatedPostgres start() {
        if (server != null && server.isAlive()) {
            return this;
        }
        List<String> command = asServerUser(List.of(bin.resolve("postgres").toString(), "-D", dataDirectory.toString(),
                "-p", String.valueOf(port), "-c", "listen_addresses=127.0.0.1",
                "-c", "unix_socket_directories=" + dataDirectory, "-c", "fsync=on", "-c", "synchronous_commit=on",
                "-c", "max_connections=60", "-c", "shared_buffers=32MB"));
        try {
            server = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("server.log").toFile()))
                    .start();
            awaitAcceptingConnections();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL", e);
        }
    }

    /** The {@code postgres} database, as the superuser. */
    public PostgresDatabase database() {
        return new PostgresDatabase("jdbc:postgresql://127.0.0.1:" + port + "/postgres", SUPERUSER, "");
    }

    /** A new, empty database on this server. */
    public PostgresDatabase newDatabase() {
        String name = "stride_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(database().jdbcUrl(), SUPERUSER, "");
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return new PostgresDatabase(TestPostgres.withDatabase(database().jdbcUrl(), name), SUPERUSER, "");
    }

    /** SIGKILL to the postmaster and every process it started: no shutdown checkpoint, no goodbye to clients. */
    public synchronized void crash() {
        serverProcesses().forEach(ProcessHandle::destroyForcibly);
        awaitExit();
    }

    /** SIGSTOP to every server process: connections stay open, and nothing answers until {@link #resume()}. */
    public synchronized void freeze() {
        // The postmaster first: stopped, it forks no backend that the listing of the others would miss
        // (one forked between a listing and the signal kept serving: a "hung" server that answered).
        signal("STOP", server == null ? List.of() : List.of(server.toHandle()));
        signal("STOP", serverProcesses());
    }

    public synchronized void resume() {
        signal("CONT", serverProcesses());
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            signal("CONT", serverProcesses());
            crash();
        }
        deleteQuietly(root);
    }

    /** The postmaster (our own child: {@code setpriv} execs it) and the backends it started, descendants first. */
    private List<ProcessHandle> serverProcesses() {
        List<ProcessHandle> processes = new ArrayList<>();
        if (server != null && server.isAlive()) {
            server.toHandle().descendants().forEach(processes::add);
            processes.add(server.toHandle());
        }
        return processes;
    }

    private void signal(String signal, List<ProcessHandle> processes) {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        processes.forEach(process -> command.add(String.valueOf(process.pid())));
        if (command.size() > 2) {
            // kill signals every pid it still finds: a backend that ended since the listing is no failure
            run(command, "No such process");
        }
    }

    /**
     * Reaps the postmaster, so that its pid in {@code postmaster.pid} is free for the restart. The backends
     * are gone too, but as orphans they are reaped by whatever runs as pid 1: nothing here waits for them.
     */
    private void awaitExit() {
        if (server != null) {
            try {
                if (!server.waitFor(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("postgres did not exit after SIGKILL");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server = null;
        }
    }

    private void awaitAcceptingConnections() {
        Awaitility.await("PostgreSQL to accept connections on port " + port).atMost(START_TIMEOUT)
                .pollInterval(Duration.ofMillis(100)).ignoreExceptionsInstanceOf(SQLException.class)
                .failFast("postgres exited", () -> {
                    if (!server.isAlive()) {
                        throw new IOException("postgres exited with " + server.exitValue() + "; see " + root.resolve("server.log"));
                    }
                })
                .until(() -> {
                    try (Connection connection = DriverManager.getConnection(database().jdbcUrl() + "?connectTimeout=1",
                            SUPERUSER, "")) {
                        return connection.isValid(1);
                    }
                });
    }

    private static void ownedByServerUser(Path directory) throws IOException {
        if (isRoot()) {
            UserPrincipalLookupService lookup = directory.getFileSystem().getUserPrincipalLookupService();
            PosixFileAttributeView view = Files.getFileAttributeView(directory, PosixFileAttributeView.class);
            view.setOwner(lookup.lookupPrincipalByName(SUPERUSER));
            GroupPrincipal group = lookup.lookupPrincipalByGroupName(SUPERUSER);
            view.setGroup(group);
        }
    }

    private static List<String> asServerUser(List<String> command) {
        if (!isRoot()) {
            return command;
        }
        // setpriv execs the command (runuser would fork and stay in between as the parent)
        List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=" + SUPERUSER, "--regid=" + SUPERUSER,
                "--init-groups", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static void run(List<String> command) {
        run(command, null);
    }

    /** Runs {@code command}; a failure whose every line of output contains {@code tolerated} counts as success. */
    private static void run(List<String> command, String tolerated) {
        try {
            // a directory the server's OS user may enter
            Process process = new ProcessBuilder(command).directory(new java.io.File(System.getProperty("java.io.tmpdir")))
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS)
                    || process.exitValue() != 0 && !(tolerated != null && output.lines().allMatch(line -> line.contains(tolerated)))) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Optional<Path> pgConfigBindir() {
        try {
            Process process = new ProcessBuilder("pg_config", "--bindir").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes()).trim();
            return process.waitFor() == 0 && !output.isEmpty() ? Optional.of(Path.of(output)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static Optional<Path> newestPackagedBindir() {
        Path packaged = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(packaged)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(packaged)) {
            return versions.filter(dir -> dir.getFileName().toString().matches("\\d+"))
                    .max(Comparator.comparingInt(dir -> Integer.parseInt(dir.getFileName().toString())))
                    .map(dir -> dir.resolve("bin"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> onPath() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(Path::of)
                .filter(dir -> Files.isExecutable(dir.resolve("initdb")))
                .findFirst();
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // the JVM is exiting; a temp directory left behind does no harm
        }
    }
}
