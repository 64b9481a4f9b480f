package dev.stride.adapters.persistence;

import dev.stride.application.testing.ExclusiveRunnerContract;
import dev.stride.domain.port.ExclusiveRunner;
import dev.stride.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresAdvisoryLockRunnerTest extends ExclusiveRunnerContract {

    private final DataSource dataSource = TestPostgres.database().dataSource();
    /** Two instances of the service: separate runners, one database. */
    private final PostgresAdvisoryLockRunner one = new PostgresAdvisoryLockRunner(dataSource);
    private final PostgresAdvisoryLockRunner other = new PostgresAdvisoryLockRunner(dataSource);

    @Override
    protected ExclusiveRunner runner() {
        return one;
    }

    @Override
    protected ExclusiveRunner anotherInstance() {
        return other;
    }

    @Test
    void keysAreStablePerName() {
        assertThat(PostgresAdvisoryLockRunner.keyOf("stride.retention.purge"))
                .isEqualTo(PostgresAdvisoryLockRunner.keyOf("stride.retention.purge"))
                .isNotEqualTo(PostgresAdvisoryLockRunner.keyOf("stride.retention.purge2"));
    }
}
