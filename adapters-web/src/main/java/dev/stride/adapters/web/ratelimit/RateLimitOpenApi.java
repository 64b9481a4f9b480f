package dev.stride.adapters.web.ratelimit;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Documents rate limiting on every counted operation: the headers of every response and the 429
 * problem with {@code Retry-After}. {@code GET /api/v1/rate-limit} is counted nowhere and gets neither.
 */
final class RateLimitOpenApi implements OpenApiCustomizer {

    private static final Map<String, Header> HEADERS = headers();

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (!path.startsWith("/api/") || path.equals(RateLimitFilter.STANDING_PATH)) {
                return;
            }
            operation.getResponses().computeIfAbsent("429", code -> new ApiResponse()
                    .description("A rate limit is used up (`rate-limited`): wait `Retry-After` seconds")
                    .content(new Content().addMediaType("application/problem+json",
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))))
                    .addHeaderObject("Retry-After", new Header().description("Seconds until the request would be taken")
                            .schema(new IntegerSchema())));
            operation.getResponses().values().forEach(response -> HEADERS.forEach(response::addHeaderObject));
        }));
    }

    private static Map<String, Header> headers() {
        Map<String, Header> headers = new LinkedHashMap<>();
        headers.put("RateLimit-Policy", header("Every limit of the policy that decided the request (IETF draft -10), "
                + "e.g. `\"writes-1m\";q=20;w=60, \"writes-1d\";q=1000;w=86400`", new StringSchema()));
        headers.put("RateLimit", header("The limit closest to refusing: remaining and seconds until it is full again, "
                + "e.g. `\"writes-1m\";r=17;t=35`", new StringSchema()));
        headers.put("X-RateLimit-Limit", header("Quota of that limit (GitHub)", new IntegerSchema()));
        headers.put("X-RateLimit-Remaining", header("Requests it still allows", new IntegerSchema()));
        headers.put("X-RateLimit-Used", header("Requests it counts now (quota - remaining)", new IntegerSchema()));
        headers.put("X-RateLimit-Reset", header("UTC epoch second at which it is fully available again", new IntegerSchema()));
        headers.put("X-RateLimit-Resource", header("Name of the policy that decided the request", new StringSchema()));
        return Map.copyOf(headers);
    }

    private static Header header(String description, Schema<?> schema) {
        return new Header().description(description).schema(schema);
    }
}
