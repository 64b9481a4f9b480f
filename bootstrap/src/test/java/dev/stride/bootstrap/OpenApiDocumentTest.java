package dev.stride.bootstrap;

import dev.stride.testsupport.HttpClientForTests.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/openapi.json} is the HTTP contract as the running application serves it at
 * {@code /v3/api-docs}, so that every API change shows up in review as a change of that file. When
 * they differ this test fails; {@code docs/regenerate-openapi} (this test with
 * {@code -Dstride.openapi.write=true}) rewrites the file from the running application.
 */
class OpenApiDocumentTest {

    private static final String WRITE = "stride.openapi.write";
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .build();

    @Test
    void theCheckedInDocumentIsTheOneTheApplicationServes() throws IOException {
        String served;
        try (RunningStride stride = RunningStride.start()) {
            Response document = stride.api().get("/v3/api-docs", null);
            assertThat(document.status()).as(document.body()).isEqualTo(200);
            served = normalized(document.json());
        }
        Path file = repositoryRoot().resolve("docs/openapi.json");

        if (Boolean.getBoolean(WRITE)) {
            Files.writeString(file, served);
        }
        assertThat(Files.exists(file) ? Files.readString(file) : "")
                .as("docs/openapi.json differs from the running application's /v3/api-docs. If the API change is intended,"
                        + " run docs/regenerate-openapi and commit docs/openapi.json")
                .isEqualTo(served);
    }

    /** Sorted keys and a fixed layout; without {@code servers}, which names this test's random port. */
    private static String normalized(JsonNode document) {
        ObjectNode copy = (ObjectNode) document.deepCopy();
        copy.remove("servers");
        return JSON.writeValueAsString(copy) + "\n";
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("docs"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }
}
