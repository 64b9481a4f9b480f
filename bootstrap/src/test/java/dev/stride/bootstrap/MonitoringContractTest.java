package dev.stride.bootstrap;

import dev.stride.testsupport.HttpClientForTests.Response;
import dev.stride.bootstrap.ApiClient.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static dev.stride.bootstrap.ApiClient.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every metric that a Grafana panel or a Prometheus alert rule under {@code monitoring/} reads is one
 * that a running Stride exports, or one that {@code monitoring/exporter-metrics.txt} lists for an
 * exporter docker-compose.yml runs (Redis, PostgreSQL; {@code monitoring/check-exporters} confirms that
 * list against real exporters): a renamed meter or a typo in a query would otherwise leave an empty
 * panel, or an alert that can never fire. Names are compared as Prometheus stores them (the sample
 * names of the scrape, {@code _bucket}/{@code _count}/{@code _sum}/{@code _max}/{@code _total}
 * included), so a query of {@code x_bucket} fails when {@code x} is exported without a histogram.
 */
class MonitoringContractTest {

    /** Created by Prometheus for every scrape target; no application exports it. */
    private static final Set<String> FROM_PROMETHEUS = Set.of("up");

    private static RunningStride stride;
    private static Set<String> exported;

    @BeforeAll
    static void startStrideAndProduceEveryKindOfTraffic() {
        stride = RunningStride.start();
        ApiClient api = stride.api();
        Session user = api.newUser();
        Response created = api.post("/api/v1/activities", user.accessToken(), activity("RUNNING", "2026-01-10", 30));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String path = "/api/v1/activities/" + created.json().get("id").asLong();
        for (int i = 0; i < 2; i++) { // the second round reads from the cache
            api.get(path, user.accessToken());
            api.get("/api/v1/activities?page=0&size=20", user.accessToken());
            api.get("/api/v1/stats?period=WEEK", user.accessToken());
        }
        api.send("PUT", path, user.accessToken(), activity("RUNNING", "2026-01-10", 35), Map.of()); // evicts
        api.get("/api/v1/activities/999999999", user.accessToken()); // 404
        api.get("/api/v1/activities", null); // 401
        api.get("/actuator/health", null); // database and Redis
        System.gc(); // so that jvm_gc_pause_seconds exists even in a JVM that has not collected yet
        exported = sampleNames(waitForScrapeWith("jvm_gc_pause_seconds_count"));
    }

    @AfterAll
    static void stop() {
        stride.close();
    }

    @Test
    void everyDashboardPanelReadsMetricsThatStrideExports() {
        Map<String, List<String>> usedBy = new TreeMap<>();
        MonitoringFiles.dashboards().forEach((file, dashboard) -> {
            for (JsonNode panel : MonitoringFiles.panels(dashboard)) {
                for (JsonNode target : panel.path("targets")) {
                    if (target.has("expr")) {
                        PromQlMetricNames.in(target.get("expr").asString()).forEach(metric ->
                                usedBy.computeIfAbsent(metric, m -> new ArrayList<>()).add(file + ": " + panel.get("title").asString()));
                    }
                }
            }
        });

        assertThat(usedBy).as("names read by the dashboards").containsKeys(
                "http_server_requests_seconds_bucket", "http_server_requests_seconds_count", "cache_gets_total",
                "ratelimit_requests_total", "hikaricp_connections_active", "lettuce_seconds_bucket", "jvm_memory_used_bytes");
        assertExported(usedBy);
    }

    @Test
    void everyAlertRuleReadsMetricsThatStrideExports() {
        Map<String, List<String>> usedBy = new TreeMap<>();
        for (Map<String, Object> rule : MonitoringFiles.alertRules()) {
            String name = String.valueOf(rule.getOrDefault("alert", rule.get("record")));
            PromQlMetricNames.in(String.valueOf(rule.get("expr")))
                    .forEach(metric -> usedBy.computeIfAbsent(metric, m -> new ArrayList<>()).add("alert " + name));
        }

        assertThat(usedBy).as("names read by the alert rules").containsKeys(
                "up", "http_server_requests_seconds_count", "http_server_requests_seconds_bucket",
                "cache_gets_total", "ratelimit_requests_total", "redis_evicted_keys_total", "pg_settings_max_connections");
        assertExported(usedBy);
    }

    @Test
    void requestMetricsAreTaggedWithRouteTemplatesNotRawPaths() {
        String scrape = stride.api().get("/actuator/prometheus", null).body();

        assertThat(scrape).contains("uri=\"/api/v1/activities/{id}\"");
        assertThat(scrape.lines().filter(line -> line.startsWith("http_server_requests_seconds")))
                .noneMatch(line -> line.matches(".*uri=\"[^\"]*/\\d+[/\"].*"));
    }

    /** datasource-micrometer's default wraps every connection and statement in a Spring AOP proxy built for it. */
    @Test
    void sqlStatementsAreObservedThroughPlainJdkProxies() throws SQLException {
        try (Connection connection = stride.bean(DataSource.class).getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT 1")) {
            assertThat(statement.getClass().getInterfaces()).extracting(Class::getName).as("observed")
                    .contains("net.ttddyy.dsproxy.proxy.ProxyJdbcObject");
            assertThat(AopUtils.isAopProxy(statement)).as("a Spring AOP proxy (jdbc.datasource-proxy.type)").isFalse();
        }
    }

    @Test
    void everyListedExporterMetricIsReadSomewhere() {
        Set<String> read = new TreeSet<>();
        MonitoringFiles.dashboards().values().forEach(dashboard -> MonitoringFiles.panels(dashboard)
                .forEach(panel -> panel.path("targets").forEach(target -> read.addAll(PromQlMetricNames.in(target.path("expr").asString())))));
        MonitoringFiles.alertRules().forEach(rule -> read.addAll(PromQlMetricNames.in(String.valueOf(rule.get("expr")))));

        assertThat(MonitoringFiles.exporterMetrics()).as("exporter metrics").containsKeys(
                "redis_memory_used_bytes", "redis_evicted_keys_total", "pg_stat_database_numbackends", "pg_stat_user_tables_n_dead_tup");
        assertThat(read).as("names read by dashboards and alerts").containsAll(MonitoringFiles.exporterMetrics().keySet());
    }

    private static void assertExported(Map<String, List<String>> usedBy) {
        Map<String, List<String>> missing = new TreeMap<>(usedBy);
        missing.keySet().removeAll(exported);
        missing.keySet().removeAll(FROM_PROMETHEUS);
        missing.keySet().removeAll(MonitoringFiles.exporterMetrics().keySet());
        assertThat(missing).as("metrics read by dashboards/alerts that neither Stride nor a listed exporter exports (name -> where)").isEmpty();
    }

    /** Scrapes until {@code sampleName} appears (meters such as GC pauses are registered asynchronously). */
    private static String waitForScrapeWith(String sampleName) {
        return await("a scrape with " + sampleName).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(MonitoringContractTest::scrape, body -> sampleNames(body).contains(sampleName));
    }

    private static String scrape() {
        Response scrape = stride.api().get("/actuator/prometheus", null);
        assertThat(scrape.status()).isEqualTo(200);
        return scrape.body();
    }

    /** The sample names of a Prometheus text exposition: what a query selects by. */
    private static Set<String> sampleNames(String exposition) {
        return exposition.lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("[{ ]", 2)[0])
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
