package dev.stride.testsupport;

import org.testcontainers.DockerClientFactory;

/** Whether Testcontainers can start containers here; asked once. */
final class DockerEngine {

    private static final boolean AVAILABLE = probe();

    private DockerEngine() {
    }

    static boolean available() {
        return AVAILABLE;
    }

    private static boolean probe() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable noDocker) { // Testcontainers throws errors, not only exceptions, when no engine answers
            return false;
        }
    }
}
