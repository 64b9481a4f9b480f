package dev.stride.adapters.web;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The web adapter: REST controllers, RFC 9457 problem details, JWT security, the request-body
 * limit and the OpenAPI description. Needs a bean of every use case in
 * {@code dev.stride.application.port.in} and a {@link java.time.Clock}.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class WebConfiguration {
}
