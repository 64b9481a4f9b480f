package dev.stride.archfixtures.application.workout;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class BadServiceLogsWithSlf4j {

    private static final Logger LOG = LoggerFactory.getLogger(BadServiceLogsWithSlf4j.class);

    public void log() {
        LOG.info("logging");
    }
}
