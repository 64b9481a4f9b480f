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
import java.util.LinkedHashSet;
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
 * Javadoc). README's configuration table and the metadata name the same keys: none is undocumented, and
 * the table names none that does not exist.
 */
class ConfigurationMetadataTest {

    /** A key in the table's first column: a whole one, or {@code .suffix} for a sibling of the key before it. */
    private static final Pattern README_KEY = Pattern.compile("`(stride\\.[^`]+|\\.[a-z0-9.-]+)`");
    /** Where a map key or a list index begins: the metadata names the map or list, not its entries. */
    private static final Pattern ENTRY = Pattern.compile("\\.?[<\\[]");

    @Test
    void everyStrideKeyHasMetadataWithADescription() {
        Map<String, String> descriptions = strideProperties();

        assertThat(descriptions).as("stride.* keys in the metadata").containsKeys(
                "stride.embedded.data-dir", "stride.cache.activity-ttl", "stride.security.jwt-secret",
                "stride.rate-limit.policies.auth.limit", "stride.rate-limit.redis.timeout", "stride.retention.batch-size",
                "stride.security.revocation-check-back-off", "stride.cache.retry-interval");
        assertThat(descriptions).as("keys without a description").allSatisfy((key, description) ->
                assertThat(description).as(key).isNotBlank());
    }

    @Test
    void everyKeyOfTheReadmeConfigurationTableIsInTheMetadata() throws IOException {
        Set<String> documented = readmeKeys();

        assertThat(documented).hasSizeGreaterThan(10);
        assertThat(strideProperties().keySet()).containsAll(documented);
    }

    @Test
    void everyKeyInTheMetadataIsInTheReadmeConfigurationTable() throws IOException {
        assertThat(readmeKeys()).containsAll(strideProperties().keySet());
    }

    @Test
    void siblingsAndEntriesOfTheTableAreReadAsTheKeysTheyStandFor() {
        assertThat(keysOf("| `stride.cache.redis.timeout` / `.connect-timeout` | `250ms` / `500ms` | ... |"))
                .containsExactly("stride.cache.redis.timeout", "stride.cache.redis.connect-timeout");
        assertThat(keysOf("| `stride.security.issuer`, `stride.security.audience` | `stride` | ... |"))
                .containsExactly("stride.security.issuer", "stride.security.audience");
        assertThat(keysOf("| `stride.rate-limit.policies.<name>.limits[i].limit` / `.period` | — | ... |"))
                .containsExactly("stride.rate-limit.policies");
        assertThat(keysOf("| `stride.rate-limit.routes[i].pattern` / `.policy` | — | ... `stride.cors.max-age` |"))
                .containsExactly("stride.rate-limit.routes");
    }

    /** The keys that README's configuration table documents, each as the metadata names it. */
    private static Set<String> readmeKeys() throws IOException {
        Set<String> documented = new TreeSet<>();
        for (String line : Files.readAllLines(readme())) {
            if (line.startsWith("| `stride.")) {
                documented.addAll(keysOf(line));
            }
        }
        return documented;
    }

    /** The keys in the first cell of a table row. */
    private static Set<String> keysOf(String row) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher key = README_KEY.matcher(row.substring(0, row.indexOf('|', 1)));
        String previous = null;
        while (key.find()) {
            String name = key.group(1);
            if (name.startsWith(".")) {
                name = previous.substring(0, previous.lastIndexOf('.')) + name;
            }
            previous = name;
            Matcher entry = ENTRY.matcher(name);
            keys.add(entry.find() ? name.substring(0, entry.start()) : name);
        }
        return keys;
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
