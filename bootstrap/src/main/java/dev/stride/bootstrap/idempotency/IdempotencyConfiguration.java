package dev.stride.bootstrap.idempotency;

import dev.stride.application.idempotency.IdempotentRequestsService;
import dev.stride.application.port.in.idempotency.IdempotentRequestsUseCase;
import dev.stride.domain.port.IdempotencyStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code Idempotency-Key}: the use case over the records of the {@link IdempotencyStore}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyConfiguration {

    @Bean
    IdempotentRequestsUseCase idempotentRequests(IdempotencyStore store, IdempotencyProperties properties) {
        return new IdempotentRequestsService(store, properties.ttl(), properties.inFlightTtl());
    }
}
