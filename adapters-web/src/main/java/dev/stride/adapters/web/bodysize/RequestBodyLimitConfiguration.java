package dev.stride.adapters.web.bodysize;

import dev.stride.adapters.web.problem.ProblemWriter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RequestBodyLimitConfiguration {

    /** Runs after the security filter chain (order -100), so that an anonymous caller learns nothing but 401. */
    static final int ORDER = 0;

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(ProblemWriter problems) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(problems));
        registration.setOrder(ORDER);
        return registration;
    }
}
