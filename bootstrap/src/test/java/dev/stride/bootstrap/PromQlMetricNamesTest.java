package dev.stride.bootstrap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The extractor MonitoringContractTest relies on: it must find every metric and nothing else. */
class PromQlMetricNamesTest {

    @Test
    void findsTheSeriesNamesInsideFunctionsAndAggregations() {
        assertThat(PromQlMetricNames.in("""
                histogram_quantile(0.95, sum by (le, method, uri) (
                  rate(http_server_requests_seconds_bucket{job="stride", uri!~"/actuator.*"}[$__rate_interval])))"""))
                .containsExactly("http_server_requests_seconds_bucket");
    }

    @Test
    void findsEveryOperandOfBinaryAndSetOperations() {
        assertThat(PromQlMetricNames.in("""
                (sum by (cache) (rate(cache_gets_total{result="hit"}[5m])) or sum by (cache) (rate(cache_puts_total[5m])) * 0)
                / on (cache) group_left (pool) hikaricp_connections_max > bool 0.5
                and 1 - jvm_memory_used_bytes offset 5m unless up == 1e3"""))
                .containsExactly("cache_gets_total", "cache_puts_total", "hikaricp_connections_max", "jvm_memory_used_bytes", "up");
    }

    @Test
    void ignoresLabelsStringsVariablesAndKeywords() {
        assertThat(PromQlMetricNames.in("""
                sum without (instance) (label_replace(lettuce_seconds_count{db_operation=~"$command", instance=~"${instance}"},
                  "cmd", "$1", "db_operation", "(get|set) by rate")) > Inf or vector(0) and NaN"""))
                .containsExactly("lettuce_seconds_count");
        assertThat(PromQlMetricNames.in("sum(process_cpu_usage) by (job) / count(up) without(instance)"))
                .containsExactly("process_cpu_usage", "up");
    }

    @Test
    void rejectsUnbalancedLabelLists() {
        assertThatThrownBy(() -> PromQlMetricNames.in("sum by (job x")).isInstanceOf(IllegalArgumentException.class);
    }
}
