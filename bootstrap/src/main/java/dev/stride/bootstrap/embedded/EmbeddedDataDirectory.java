package dev.stride.bootstrap.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * The directory of the embedded servers' data, held with an exclusive file lock for the life of the
 * JVM: a second Stride started against it stops with a clear message instead of running a second
 * PostgreSQL on the same files. The operating system releases the lock when the JVM exits, however it exits.
 */
final class EmbeddedDataDirectory {

    private static final Map<Path, EmbeddedDataDirectory> HELD = new HashMap<>();

    private final Path root;
    @SuppressWarnings("unused") // held, never read: releasing it would let another Stride in
    private final FileLock lock;

    private EmbeddedDataDirectory(Path root, FileLock lock) {
        this.root = root;
        this.lock = lock;
    }

    /** Locks {@code directory}, or returns this JVM's lock on it (one JVM may start several applications). */
    static synchronized EmbeddedDataDirectory lock(Path directory) {
        return HELD.computeIfAbsent(directory.toAbsolutePath().normalize(), EmbeddedDataDirectory::lockNew);
    }

    private static EmbeddedDataDirectory lockNew(Path root) {
        try {
            Files.createDirectories(root);
            FileChannel channel = FileChannel.open(root.resolve("stride.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("Another Stride is running on the embedded data in " + root
                        + ". Stop it first, or give this one a directory of its own (stride.embedded.data-dir"
                        + " / STRIDE_EMBEDDED_DATA_DIR), or configure a real PostgreSQL and Redis.");
            }
            return new EmbeddedDataDirectory(root, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use " + root + " for the embedded data (stride.embedded.data-dir)", e);
        }
    }

    Path root() {
        return root;
    }

    Path postgres() {
        return root.resolve("postgres");
    }

    Path redis() {
        return createdDirectory(root.resolve("redis"));
    }

    private static Path createdDirectory(Path directory) {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
