package dev.stride.adapters.web.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves {@link ClientIp} parameters. */
final class ClientIpArgumentResolver implements HandlerMethodArgumentResolver {

    private final ClientIpResolver clientIps;

    ClientIpArgumentResolver(ClientIpResolver clientIps) {
        this.clientIps = clientIps;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ClientIp.class;
    }

    @Override
    public ClientIp resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        return new ClientIp(clientIps.resolve(request.getNativeRequest(HttpServletRequest.class)));
    }
}
