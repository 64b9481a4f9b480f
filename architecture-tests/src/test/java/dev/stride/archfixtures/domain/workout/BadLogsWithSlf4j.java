package dev.stride.archfixtures.domain.workout;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Not a framework from the list, yet still more than the JDK. */
public final class BadLogsWithSlf4j {

    private static final Logger LOG = LoggerFactory.getLogger(BadLogsWithSlf4j.class);

    public void logged(Workout workout) {
        LOG.info("logged {}", workout);
    }
}
