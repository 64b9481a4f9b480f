package dev.stride.bootstrap;

import dev.stride.adapters.redis.cache.RedisCacheConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** Stride: the adapters' configurations plus this module's wiring of the use cases. */
@SpringBootApplication
@Import({RedisCacheConfiguration.class})
public class StrideApplication {

    public static void main(String[] args) {
        SpringApplication.run(StrideApplication.class, args);
    }
}
