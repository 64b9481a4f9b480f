package dev.stride.adapters.web.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.List;

/**
 * Documents the error responses every operation can give, by rule rather than by annotating each
 * method: a {@code Problem} schema, 400 for input, 401 where a token is needed, 404 on {@code {id}},
 * 412 with If-Match, 413/415 for bodies, 503 while PostgreSQL is unreachable, and a default problem for anything else.
 */
final class ProblemResponses implements OpenApiCustomizer {

    private static final String PROBLEM = "Problem";

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> describeErrors(openApi, path, method, operation)));
    }

    private static void describeErrors(OpenAPI openApi, String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        boolean hasBody = operation.getRequestBody() != null;
        if (hasBody || hasParameters(operation)) {
            add(responses, "400", "Invalid input (`validation`, with `errors`) or an unreadable body (`malformed-request`)");
        }
        if (isSecured(openApi, operation)) {
            add(responses, "401", "Missing, invalid or expired access token (`unauthorized`), with `WWW-Authenticate: Bearer`");
        }
        if (path.contains("{id}")) {
            add(responses, "404", "No such activity of the caller's (`not-found`); someone else's is not found either");
        }
        if (hasHeader(operation, "If-Match")) {
            add(responses, "412", "If-Match does not match the current ETag (`precondition-failed`)");
        }
        if (hasBody) {
            add(responses, "413", "Body larger than 64 KiB (`payload-too-large`)");
            add(responses, "415", "Body is not of the media type the operation takes (`unsupported-media-type`)");
        }
        if (path.startsWith("/api/")) {
            add(responses, "503", "PostgreSQL cannot be reached (`service-unavailable`), answered within seconds, with "
                    + "`Retry-After`; reads the cache can answer are still served");
        }
        add(responses, "default", "Any other error, as an RFC 9457 problem");
        // Error responses declared on a controller method are problems too, whatever its return type suggested.
        responses.forEach((code, response) -> {
            if (code.equals("default") || code.compareTo("400") >= 0) {
                response.setContent(problemContent());
            }
        });
    }

    private static boolean isSecured(OpenAPI openApi, Operation operation) {
        return operation.getSecurity() == null ? openApi.getSecurity() != null && !openApi.getSecurity().isEmpty()
                : !operation.getSecurity().isEmpty();
    }

    private static boolean hasParameters(Operation operation) {
        return operation.getParameters() != null && !operation.getParameters().isEmpty();
    }

    private static boolean hasHeader(Operation operation, String name) {
        return hasParameters(operation) && operation.getParameters().stream()
                .map(Parameter::getName).anyMatch(name::equalsIgnoreCase);
    }

    private static void add(ApiResponses responses, String code, String description) {
        responses.computeIfAbsent(code, unused -> new ApiResponse().description(description).content(problemContent()));
    }

    private static Content problemContent() {
        return new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    private static Schema<?> problemSchema() {
        Schema<?> field = new ObjectSchema()
                .addProperty("line", new IntegerSchema().description("In an uploaded file only: the line the row starts on (1 is the header)"))
                .addProperty("field", new StringSchema().description("The field or parameter, e.g. `durationMinutes`"))
                .addProperty("message", new StringSchema().description("What is wrong with it"));
        return new ObjectSchema()
                .description("An RFC 9457 problem")
                .addProperty("type", new StringSchema().format("uri-reference").example("/problems/validation")
                        .description("The kind of error; `GET` it from this server for its explanation"))
                .addProperty("title", new StringSchema().example("Validation failed"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("durationMinutes must be between 1 and 1440"))
                .addProperty("instance", new StringSchema().format("uri-reference").example("/api/v1/activities"))
                .addProperty("errors", new ArraySchema().items(field).description("Only in validation problems"))
                .required(List.of("type", "title", "status", "detail", "instance"));
    }
}
