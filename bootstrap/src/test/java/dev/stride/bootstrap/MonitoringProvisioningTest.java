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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object yaml) {
        return (Map<String, Object>) yaml;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object yaml) {
        return (List<String>) yaml;
    }
}
