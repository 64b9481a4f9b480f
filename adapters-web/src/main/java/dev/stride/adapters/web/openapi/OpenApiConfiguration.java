package dev.stride.adapters.web.openapi;

import dev.stride.adapters.web.ratelimit.ClientIp;
import dev.stride.adapters.web.security.CurrentUser;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearerAuth";

    static {
        // Resolved from the access token, not sent by the client.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class, ClientIp.class);
    }

    @Bean
    OpenAPI strideOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Stride API")
                        .version("v1")
                        .description("""
                                Log, list and analyse fitness activities.

                                Send the access token from `POST /api/v1/auth/login` as `Authorization: Bearer <token>`.
                                Every error is an RFC 9457 problem (`application/problem+json`) whose `type` \
                                (`/problems/...`, relative to this server, which explains it there) names the kind of \
                                error; validation problems list the offending fields in `errors`. Request bodies are JSON objects of at most 64 KiB; \
                                unknown properties in them are ignored. Activities carry a strong `ETag` (their version): \
                                send it back in `If-None-Match` to revalidate and in `If-Match` to update safely. \
                                Creating requests take an `Idempotency-Key` and are then safe to retry. Browser apps \
                                on the origins a deployment allows (`stride.cors.allowed-origins`; none by default) \
                                may call the API cross-origin and read the rate-limit, `ETag`, `Location` and \
                                `Idempotent-Replayed` headers."""))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                                .description("Access token from POST /api/v1/auth/login")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return new ProblemResponses();
    }
}
