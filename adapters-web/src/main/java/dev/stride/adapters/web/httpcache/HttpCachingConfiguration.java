package dev.stride.adapters.web.httpcache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * HTTP caching of a user's own data (RFC 9111): a client may keep what a GET answered and must
 * revalidate it ({@code Cache-Control: private, no-cache}); shared caches must not keep it. Spring
 * Security writes its {@code no-store} only when the application set no Cache-Control, so the
 * header set here wins on every GET a controller answers (401s from the filter chain keep
 * {@code no-store}). The activity list and the statistics get an ETag that is a hash of the body,
 * so it changes whenever the content does, and {@code If-None-Match} with it gives a 304 without a
 * body; a single activity's ETag is its version. Their controllers set them, on bodies encoded once per
 * cached value ({@link EncodedBodies}).
 */
@Configuration(proxyBeanMethods = false)
class HttpCachingConfiguration implements WebMvcConfigurer {

    static final String PRIVATE_NO_CACHE = "private, no-cache";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
                    response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE_NO_CACHE);
                }
                return true;
            }
        }).addPathPatterns("/api/**");
    }
}
