package dev.stride.adapters.web.routing;

import org.junit.jupiter.api.Test;
import org.springframework.http.server.PathContainer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RouteIndexTest {

    private final RouteIndex<String> index = new RouteIndex<>(routes(
            "activity", List.of("/api/v1/activities/{id}"),
            "activities", List.of("/api/v1/activities", "/api/v1/activities/trash"),
            "restore", List.of("/api/v1/activities/{id}/restore"),
            "stats", List.of("/api/v1/stats/{period}"),
            "docs", List.of("/v3/api-docs/**"),
            "ui", List.of("/swagger-ui*/**"),
            "anyFirst", List.of("/{tenant}/things"),
            "unparsed", List.of()));

    @Test
    void aPathFindsOnlyTheRoutesWhoseLiteralSegmentsItStartsWith() {
        assertThat(candidates("/api/v1/activities/42"))
                .containsExactlyInAnyOrder("activity", "activities", "restore", "anyFirst", "ui", "unparsed");
        assertThat(candidates("/api/v1/stats/WEEK")).containsExactlyInAnyOrder("stats", "anyFirst", "ui", "unparsed");
    }

    @Test
    void routesWithAVariableOrWildcardFirstAreFoundForEveryPath() {
        assertThat(candidates("/nowhere")).containsExactlyInAnyOrder("anyFirst", "ui", "unparsed");
        assertThat(candidates("/swagger-ui/index.html")).containsExactlyInAnyOrder("anyFirst", "ui", "unparsed");
        assertThat(candidates("/v3/api-docs")).containsExactlyInAnyOrder("docs", "anyFirst", "ui", "unparsed");
    }

    @Test
    void segmentsAreComparedDecodedAndWithoutMatrixVariablesAsSpringMatchesThem() {
        assertThat(candidates("/api/v1/%73tats;x=1/WEEK")).contains("stats");
    }

    @Test
    void aRouteIsFoundOnceWhateverTheNumberOfItsPatternsThatFitThePath() {
        assertThat(candidates("/api/v1/activities/trash")).containsOnlyOnce("activities");
    }

    private List<String> candidates(String path) {
        return index.candidates(PathContainer.parsePath(path));
    }

    private static Map<String, List<String>> routes(Object... namesAndPatterns) {
        Map<String, List<String>> routes = new LinkedHashMap<>();
        for (int i = 0; i < namesAndPatterns.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> patterns = (List<String>) namesAndPatterns[i + 1];
            routes.put((String) namesAndPatterns[i], patterns);
        }
        return routes;
    }
}
