package dev.stride.bootstrap;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One operation of Stride's OpenAPI document, as much of it as a fuzzer needs: method, path
 * template, the query parameters it declares, the media types and property names of its body.
 * Read from {@code /v3/api-docs}, so an endpoint added tomorrow is fuzzed without touching the test.
 */
record ApiOperation(String method, String path, List<String> queryParameters, List<String> bodyTypes,
                    Set<String> bodyProperties) {

    static List<ApiOperation> all(JsonNode openApi) {
        List<ApiOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : openApi.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                JsonNode operation = method.getValue();
                List<String> query = operation.path("parameters").valueStream()
                        .filter(p -> "query".equals(p.path("in").asString()))
                        .map(p -> p.get("name").asString())
                        .toList();
                JsonNode content = operation.path("requestBody").path("content");
                Set<String> properties = new TreeSet<>();
                content.valueStream().forEach(media -> collectProperties(openApi, media.path("schema"), properties, 0));
                operations.add(new ApiOperation(method.getKey().toUpperCase(), path.getKey(), query,
                        List.copyOf(content.propertyNames()), properties));
            }
        }
        return operations;
    }

    boolean hasBody() {
        return !bodyTypes.isEmpty();
    }

    private static void collectProperties(JsonNode openApi, JsonNode schema, Set<String> into, int depth) {
        if (depth > 5 || schema.isMissingNode()) {
            return;
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
            collectProperties(openApi, openApi.path("components").path("schemas").path(name), into, depth + 1);
            return;
        }
        into.addAll(schema.path("properties").propertyNames());
        schema.path("properties").valueStream().forEach(property -> collectProperties(openApi, property, into, depth + 1));
        schema.path("items").valueStream().forEach(item -> collectProperties(openApi, item, into, depth + 1));
        for (String combined : new String[]{"allOf", "oneOf", "anyOf"}) {
            schema.path(combined).valueStream().forEach(part -> collectProperties(openApi, part, into, depth + 1));
        }
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
