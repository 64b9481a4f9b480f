package dev.stride.adapters.web.routing;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring Boot's MVC set-up, with the controllers' routes looked up by {@link PathFirstHandlerMapping},
 * and before the actuator's endpoints.
 */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    /**
     * The actuator's handler mapping comes first by default (order -100, the controllers' 0): every API
     * request was first looked up among the actuator's endpoints, none of which has a path it could
     * match, and failing that asked them all again why not (for a 405 or a 406), 3 % of the CPU of the
     * bench's floor. No controller route matches an actuator path, so the order changes nothing else.
     */
    static final int BEFORE_THE_ACTUATOR = -200;

    @Bean
    WebMvcRegistrations pathFirstRouting() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new PathFirstHandlerMapping();
            }
        };
    }

    /** Spring MVC sets the controllers' mapping to order 0 when it creates it, so it is moved afterwards. */
    @Bean
    static BeanPostProcessor routesBeforeTheActuator() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof PathFirstHandlerMapping routes) {
                    routes.setOrder(BEFORE_THE_ACTUATOR);
                }
                return bean;
            }
        };
    }
}
