package dev.stride.adapters.redis;

import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The state role's connection ({@code spring.data.redis.*}: sessions, revocations): Spring Boot
 * builds it; on a Redis Cluster ({@code spring.data.redis.cluster.nodes}) it follows failovers
 * with {@link ClusterTopologyRefresh}.
 */
@Configuration(proxyBeanMethods = false)
public class RedisStateConfiguration {

    @Bean
    LettuceClientOptionsBuilderCustomizer clusterTopologyRefresh() {
        return ClusterTopologyRefresh::applyTo;
    }
}
