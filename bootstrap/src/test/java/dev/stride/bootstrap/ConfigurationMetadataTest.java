package dev.stride.bootstrap;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IDE completes and explains every {@code stride.*} key: spring-boot-configuration-processor writes
 * metadata for each {@code @ConfigurationProperties} record (descriptions from the records' {@code @param}
 * Javadoc), and every key README's configuration table names is in it, with a description.
 */
class ConfigurationMetadataTest {

    private static final Pattern README_KEY = Pattern.compile("`(stride\\.[a-z0-9.-]+)`");

    @Test
    void everyStrideKeyHasMetadataWithADescription() {
        Map<String, String> descriptions = strideProperties();

        assertThat(descriptions).as("stride.* keys in the metadata").containsKeys(
                "stride.embedded.data-dir", "stride.cache.activity-ttl", "stride.security.jwt-secret",
                "stride.rate-limit.policies.auth.limit", "stride.rate-limit.redis.timeout", "stride.retention.batch-size");
        assertThat(descriptions).as("keys without a description").allSatisfy((key, description) ->
                assertThat(description).as(key).isNotBlank());
    }

    @Test
    void everyKeyOfTheReadmeConfigurationTableIsInTheMetadata() throws IOException {
        Set<String> documented = new TreeSet<>();
        for (String line : Files.readAllLines(readme())) {
            if (line.startsWith("| `stride.")) {
                Matcher key = README_KEY.matcher(line.substring(0, line.indexOf('|', 1)));
                while (key.find()) {
                    documented.add(key.group(1));
                }
            }
        }

        assertThat(documented).hasSizeGreaterThan(10);
        assertThat(strideProperties().keySet()).containsAll(documented);
    }

    /** {@code stride.*} properties of every module's metadata on the class path: name to description. */
    private static Map<String, String> strideProperties() {
        Map<String, String> descriptions = new TreeMap<>();
        JsonMapper json = JsonMapper.builder().build();
        try {
            for (URL file : Collections.list(ConfigurationMetadataTest.class.getClassLoader()
                    .getResources("META-INF/spring-configuration-metadata.json"))) {
                try (InputStream in = file.openStream()) {
                    for (JsonNode property : json.readTree(in).path("properties")) {
                        String name = property.path("name").asString();
                        if (name.startsWith("stride.")) {
                            descriptions.put(name, property.path("description").asString(""));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return descriptions;
    }

    private static Path readme() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("README.md")) && Files.exists(dir.resolve("mvnw"))) {
                return dir.resolve("README.md");
            }
        }
        throw new IllegalStateException("no README.md above " + Path.of("").toAbsolutePath());
    }
}
