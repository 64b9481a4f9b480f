package dev.stride.application.testing;


import dev.stride.domain.port.ExclusiveRunner;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/** An {@link ExclusiveRunner} for one JVM. Like the database lock, it is not reentrant: a nested run is refused. */
public class InMemoryExclusiveRunner implements ExclusiveRunner {

    private final Map<String, Semaphore> locks = new ConcurrentHashMap<>();

    @Override
    public boolean runExclusively(String lockName, Runnable work) {
        Semaphore lock = locks.computeIfAbsent(lockName, name -> new Semaphore(1));
        if (!lock.tryAcquire()) {
            return false;
        }
        try {
            work.run();
            return true;
        } finally {
            lock.release();
        }
    }
}
