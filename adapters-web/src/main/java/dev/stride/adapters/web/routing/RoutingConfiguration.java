package dev.stride.adapters.web.routing;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Spring Boot's MVC set-up, with the controllers' routes looked up by {@link PathFirstHandlerMapping}. */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    @Bean
    WebMvcRegistrations pathFirstRouting() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new PathFirstHandlerMapping();
            }
        };
    }
}
