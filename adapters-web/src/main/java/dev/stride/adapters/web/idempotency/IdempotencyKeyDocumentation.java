package dev.stride.adapters.web.idempotency;

import dev.stride.domain.idempotency.IdempotencyKey;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.List;

/** Documents {@code Idempotency-Key} on every route of {@link IdempotentRoutes}, as the filter there applies it. */
final class IdempotencyKeyDocumentation implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        IdempotentRoutes.PATHS.forEach(path -> {
            PathItem item = openApi.getPaths() == null ? null : openApi.getPaths().get(path);
            if (item != null && item.getPost() != null) {
                describe(item.getPost());
            }
        });
    }

    private static void describe(Operation operation) {
        operation.addParametersItem(new HeaderParameter()
                .name(IdempotencyKey.HEADER)
                .required(false)
                .description("""
                        Makes the request safe to retry (IETF httpapi draft "The Idempotency-Key HTTP Header Field"): \
                        1 to 255 printable ASCII characters, unique per request, e.g. a UUID; scoped to the caller. \
                        A successful response is kept for 24 hours: a retry with the same key and the same body gets it \
                        again, with `Idempotent-Replayed: true`, and creates nothing. A failed request (any 4xx or 5xx) \
                        is not kept: its retry is processed anew.""")
                .schema(new StringSchema().minLength(1).maxLength(IdempotencyKey.MAX_LENGTH).pattern("^[\\x20-\\x7E]+$")
                        .example("8e03978e-40d5-43e8-bc93-6894a57f9324")));
        operation.getResponses().forEach((code, response) -> {
            if (code.startsWith("2")) {
                response.addHeaderObject(IdempotencyFilter.REPLAYED, new Header()
                        .description("`true` on a replay of the response kept for the request's Idempotency-Key")
                        .schema(new StringSchema()._enum(List.of("true"))));
            }
        });
        ApiResponses responses = operation.getResponses();
        addOrExtend(responses, "409", """
                        A request with the same Idempotency-Key is still being processed (`idempotency-key-in-use`), \
                        with `Retry-After`""");
        addOrExtend(responses, "422", """
                        The Idempotency-Key was used before for a different request: another body or endpoint \
                        (`idempotency-key-reused`)""");
        addOrExtend(responses, "503", """
                        The request carried an Idempotency-Key and its records cannot be reached, so it was not \
                        processed rather than risk a duplicate (`service-unavailable`), with `Retry-After`""");
    }

    /** The operation may give the same status for reasons of its own (a quota's 409, say): both are described. */
    private static void addOrExtend(ApiResponses responses, String code, String description) {
        ApiResponse existing = responses.get(code);
        if (existing == null) {
            responses.addApiResponse(code, new ApiResponse().description(description).content(problemContent()));
        } else {
            existing.description(existing.getDescription() + "; or: " + description);
        }
    }

    private static Content problemContent() {
        return new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")));
    }
}
