package dev.stride.bootstrap;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docker compose up} shows the dashboards with no clicking only if the files agree with each
 * other: every panel names the datasource uid that provisioning creates, and the paths that
 * docker-compose.yml mounts are the ones Grafana and Prometheus read. No Docker engine needed.
 */
class MonitoringProvisioningTest {

    @Test
    void everyPanelQueryAndVariableUsesTheProvisionedDatasource() {
        String uid = String.valueOf(MonitoringFiles.listOfMaps(
                MonitoringFiles.yaml("monitoring/grafana/provisioning/datasources/prometheus.yml").get("datasources")).getFirst().get("uid"));
        assertThat(MonitoringFiles.dashboards()).isNotEmpty();

        MonitoringFiles.dashboards().forEach((file, dashboard) -> {
            List<String> datasourceUids = new ArrayList<>();
            List<Integer> panelIds = new ArrayList<>();
            for (JsonNode panel : MonitoringFiles.panels(dashboard)) {
                panelIds.add(panel.get("id").asInt());
                if (!panel.get("type").asString().equals("row")) {
                    datasourceUids.add(panel.path("datasource").path("uid").asString());
                    assertThat(panel.path("targets")).as(file + ": " + panel.get("title")).isNotEmpty();
                    panel.path("targets").forEach(target -> datasourceUids.add(target.path("datasource").path("uid").asString()));
                }
            }
            dashboard.path("templating").path("list").forEach(variable -> datasourceUids.add(variable.path("datasource").path("uid").asString()));

            assertThat(dashboard.path("uid").asString()).as(file + " uid").isNotBlank();
            assertThat(datasourceUids).as(file + " datasource uids").isNotEmpty().containsOnly(uid);
            assertThat(panelIds).as(file + " panel ids").doesNotHaveDuplicates();
        });
    }

    @Test
    void composeMountsWhatGrafanaAndPrometheusRead() {
        Map<String, Object> services = map(MonitoringFiles.yaml("docker-compose.yml").get("services"));
        Map<String, Object> grafana = map(services.get("grafana"));
        Map<String, Object> prometheus = map(services.get("prometheus"));
        String dashboardsPath = String.valueOf(map(MonitoringFiles.listOfMaps(
                MonitoringFiles.yaml("monitoring/grafana/provisioning/dashboards/stride.yml").get("providers")).getFirst().get("options")).get("path"));

        assertThat(strings(grafana.get("volumes"))).contains(
                "./monitoring/grafana/provisioning:/etc/grafana/provisioning:ro",
                "./monitoring/grafana/dashboards:" + dashboardsPath + ":ro");
        String home = String.valueOf(map(grafana.get("environment")).get("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"));
        assertThat(home).startsWith(dashboardsPath + "/");
        assertThat(MonitoringFiles.exists("monitoring/grafana/dashboards/" + home.substring(dashboardsPath.length() + 1))).as(home).isTrue();
        assertThat(strings(prometheus.get("volumes"))).contains(
                "./monitoring/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro",
                "./monitoring/prometheus/alerts.yml:/etc/prometheus/alerts.yml:ro");
        assertThat(strings(MonitoringFiles.yaml("monitoring/prometheus/prometheus.yml").get("rule_files"))).containsExactly("alerts.yml");
    }

    @Test
    void composePublishesOnlyTheApiPortOfStrideAndPrometheusScrapesTheManagementPort() {
        Map<String, Object> stride = map(MonitoringFiles.composeServices().get("stride"));
        String managementPort = String.valueOf(map(stride.get("environment")).get("MANAGEMENT_SERVER_PORT"));

        assertThat(strings(stride.get("ports"))).containsExactly("8080:8080");
        assertThat(managementPort).isNotEqualTo("8080").matches("\\d+");
        Map<String, Object> strideJob = MonitoringFiles.listOfMaps(MonitoringFiles.yaml("monitoring/prometheus/prometheus.yml").get("scrape_configs"))
                .stream().filter(job -> "stride".equals(job.get("job_name"))).findFirst().orElseThrow();
        assertThat(strings(map(MonitoringFiles.listOfMaps(strideJob.get("static_configs")).getFirst()).get("targets")))
                .containsExactly("stride:" + managementPort);
    }

    @Test
    void composeHasNoGuessableSecretAndPinsEveryImage() {
        Map<String, Object> services = MonitoringFiles.composeServices();
        Map<String, Object> strideEnvironment = map(map(services.get("stride")).get("environment"));
        Map<String, Object> grafanaEnvironment = map(map(services.get("grafana")).get("environment"));

        assertThat(strideEnvironment).as("the signing key comes from the generated secrets volume, never a default")
                .doesNotContainKey("STRIDE_SECURITY_JWT_SECRET").containsEntry("SPRING_CONFIG_IMPORT", "configtree:/run/stride-secrets/stride/");
        assertThat(grafanaEnvironment).doesNotContainKey("GF_SECURITY_ADMIN_PASSWORD")
                .containsEntry("GF_SECURITY_ADMIN_PASSWORD__FILE", "/run/stride-secrets/grafana/admin-password");
        services.forEach((name, service) -> {
            if (map(service).containsKey("build")) {
                return; // Stride itself, built from this repository
            }
            Object image = map(service).get("image");
            assertThat(String.valueOf(image)).as(name + " image pinned to an exact version").matches(".+:v?\\d+\\.\\d+(\\.\\d+)?");
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object yaml) {
        return (Map<String, Object>) yaml;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object yaml) {
        return (List<String>) yaml;
    }
}
