package dev.stride.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.web.servlet.HandlerMapping;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingTest extends WebAdapterTest {

    @Autowired
    List<HandlerMapping> mappings;

    /** In the order the dispatcher asks them: an API request does not look for an actuator endpoint first. */
    @Test
    void theControllersRoutesAreAskedBeforeTheActuators() {
        List<HandlerMapping> inOrder = new ArrayList<>(mappings);
        AnnotationAwareOrderComparator.sort(inOrder);
        List<String> names = inOrder.stream().map(mapping -> mapping.getClass().getSimpleName()).toList();

        assertThat(names).contains("PathFirstHandlerMapping", "WebMvcEndpointHandlerMapping");
        assertThat(names.indexOf("PathFirstHandlerMapping")).isLessThan(names.indexOf("WebMvcEndpointHandlerMapping"));
    }

    @Test
    void bothStillAnswerWhatTheyAnsweredBefore() {
        Session user = newUser();

        assertThat(http.get("/actuator/health").send().status()).isEqualTo(200);
        assertThat(http.get("/actuator/nothing-here").token(user.token()).send().status()).isEqualTo(404);
        assertThat(http.get("/api/v1/activities/1").token(user.token()).send().status()).isEqualTo(404);
        assertProblem(http.delete("/api/v1/stats").token(user.token()).send(), 405, "method-not-allowed");
    }
}
