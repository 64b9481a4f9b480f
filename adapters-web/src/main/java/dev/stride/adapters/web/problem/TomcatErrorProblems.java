package dev.stride.adapters.web.problem;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * Errors that Tomcat answers itself, before any filter or servlet runs (a request line it cannot
 * parse, such as a path with an encoded NUL or backslash), get a problem document too, instead of
 * Tomcat's HTML page: the host's error report valve is replaced by one that writes problems. It
 * runs after Spring Boot's customizer, which adds the valve being replaced.
 */
@Component
final class TomcatErrorProblems implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ProblemWriter problems;

    TomcatErrorProblems(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new ProblemReportValve(problems));
            host.setErrorReportValveClass(ProblemReportValve.class.getName()); // or the host adds its default one
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    static final class ProblemReportValve extends ErrorReportValve {

        private final ProblemWriter problems;

        ProblemReportValve(ProblemWriter problems) {
            this.problems = problems;
        }

        /**
         * As Tomcat's own: only an error nobody has written a body for, once. A 4xx Stride has no
         * type of its own for (414, 431) is reported as a malformed request (400).
         */
        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus status = HttpStatus.resolve(response.getStatus());
            ProblemType type = status == null ? ProblemType.MALFORMED_REQUEST : ProblemType.forStatus(status)
                    .orElse(status.is5xxServerError() ? ProblemType.INTERNAL : ProblemType.MALFORMED_REQUEST);
            try {
                problems.write(request, response, Problem.of(type, "The server could not process the request as sent"));
            } catch (IOException | RuntimeException e) {
                // the client is gone: nobody to report to
            }
        }
    }
}
