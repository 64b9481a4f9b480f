package dev.stride.domain.port;

/** Runs work while holding a lock that every instance of the service shares. */
public interface ExclusiveRunner {

    /**
     * Runs {@code work} if the lock named {@code lockName} is free, holding it meanwhile; returns at
     * once without running it when someone else (another thread or instance) holds the lock.
     *
     * @return whether the work ran
     */
    boolean runExclusively(String lockName, Runnable work);
}
