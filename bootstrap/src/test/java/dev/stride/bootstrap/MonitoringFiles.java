package dev.stride.bootstrap;

import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The dashboards, alert rules and provisioning files under the repository's {@code monitoring/}, and docker-compose.yml. */
final class MonitoringFiles {

    private static final Path ROOT = findRepositoryRoot();

    private MonitoringFiles() {
    }

    /** Every Grafana dashboard under {@code monitoring/grafana/dashboards}, by file name. */
    static Map<String, JsonNode> dashboards() {
        try (Stream<Path> files = Files.list(ROOT.resolve("monitoring/grafana/dashboards"))) {
            JsonMapper json = JsonMapper.builder().build();
            return files.filter(file -> file.toString().endsWith(".json"))
                    .collect(Collectors.toMap(file -> file.getFileName().toString(), file -> json.readTree(read(file))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every panel of a dashboard, also those nested in rows. */
    static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            panels.add(panel);
            panels.addAll(panels(panel));
        }
        return panels;
    }

    /** Every rule of {@code monitoring/prometheus/alerts.yml}, as a YAML map ({@code alert}, {@code expr}, ...). */
    static List<Map<String, Object>> alertRules() {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Map<String, Object> group : listOfMaps(yaml("monitoring/prometheus/alerts.yml").get("groups"))) {
            rules.addAll(listOfMaps(group.get("rules")));
        }
        return rules;
    }

    /**
     * {@code monitoring/exporter-metrics.txt}: metric name to the exporter image (without tag) that exports it,
     * for the exporter images docker-compose.yml runs. Names of an exporter the compose file does not run are left out.
     */
    static Map<String, String> exporterMetrics() {
        Set<String> images = composeImages();
        Map<String, String> metrics = new TreeMap<>();
        read(ROOT.resolve("monitoring/exporter-metrics.txt")).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.trim().split("\\s+"))
                .filter(columns -> images.contains(columns[0]))
                .forEach(columns -> metrics.put(columns[1], columns[0]));
        return metrics;
    }

    /** The images docker-compose.yml runs, without their tags. */
    static Set<String> composeImages() {
        Set<String> images = new TreeSet<>();
        composeServices().values().forEach(service -> {
            Object image = ((Map<?, ?>) service).get("image");
            if (image != null) {
                images.add(String.valueOf(image).replaceFirst(":[^:/]+$", ""));
            }
        });
        return images;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> composeServices() {
        return (Map<String, Object>) yaml("docker-compose.yml").get("services");
    }

    /** A YAML file, {@code path} from the repository root. */
    static Map<String, Object> yaml(String path) {
        return new Yaml().load(read(ROOT.resolve(path)));
    }

    static boolean exists(String path) {
        return Files.exists(ROOT.resolve(path));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> listOfMaps(Object yaml) {
        return (List<Map<String, Object>>) yaml;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tests run in the module directory; monitoring/ is at the repository root. */
    private static Path findRepositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("monitoring/grafana/dashboards"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no monitoring/ directory above " + Path.of("").toAbsolutePath());
    }
}
