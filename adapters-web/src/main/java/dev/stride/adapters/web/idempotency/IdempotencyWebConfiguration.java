package dev.stride.adapters.web.idempotency;

import dev.stride.adapters.web.problem.ProblemWriter;
import dev.stride.application.port.in.idempotency.IdempotentRequestsUseCase;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdempotencyWebConfiguration {

    /** After the security chain (-100) and the body-size limit (0): see {@link IdempotencyFilter}. */
    static final int ORDER = 1;

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotentRequestsUseCase idempotentRequests,
                                                               ProblemWriter problems) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(idempotentRequests, problems));
        registration.setOrder(ORDER);
        return registration;
    }

    @Bean
    OpenApiCustomizer idempotencyKeyDocumentation() {
        return new IdempotencyKeyDocumentation();
    }
}
