package dev.stride.adapters.persistence;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Locale;

/**
 * Counts every SQL statement jOOQ runs as {@code db.queries{type}} (Prometheus
 * {@code db_queries_total}), so dashboards and the benchmark can show database queries per
 * request and prove what the cache saves. Spring Boot hands every {@link ExecuteListenerProvider}
 * bean to jOOQ.
 */
@Configuration(proxyBeanMethods = false)
public class QueryMetricsConfiguration {

    @Bean
    ExecuteListenerProvider queryCountingListener(MeterRegistry registry) {
        return new DefaultExecuteListenerProvider(new QueryCounter(registry));
    }

    static final class QueryCounter implements ExecuteListener {

        private final Meter.MeterProvider<Counter> queries;

        QueryCounter(MeterRegistry registry) {
            queries = Counter.builder("db.queries").description("SQL statements executed").withRegistry(registry);
        }

        @Override
        public void executeStart(ExecuteContext context) {
            queries.withTags("type", context.type().name().toLowerCase(Locale.ROOT)).increment();
        }
    }
}
