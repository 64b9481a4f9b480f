package dev.stride.bootstrap.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Counts every SQL statement jOOQ runs as {@code db.queries{type}} (Prometheus
 * {@code db_queries_total}), so dashboards and the benchmark can show database queries per
 * request and prove what the cache saves.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseQueryMetrics {

    @Bean
    ExecuteListenerProvider queryCountingListener(MeterRegistry registry) {
        return new DefaultExecuteListenerProvider(new QueryCounter(registry));
    }

    static final class QueryCounter implements ExecuteListener {

        private final MeterRegistry registry;

        QueryCounter(MeterRegistry registry) {
            this.registry = registry;
        }

        @Override
        public void executeStart(ExecuteContext context) {
            Counter.builder("db.queries")
                    .tag("type", context.type().name().toLowerCase())
                    .description("SQL statements executed")
                    .register(registry)
                    .increment();
        }
    }
}
