package dev.stride.adapters.web.problem;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemErrorControllerTest {

    @ParameterizedTest
    @CsvSource({
            "400, /problems/malformed-request",
            "404, /problems/not-found",
            "500, /problems/internal",
            "502, about:blank",
            "503, /problems/service-unavailable",
            "999, /problems/internal"})
    void anErrorThatNeverReachedAControllerIsAProblemWithItsStatus(Integer status, String type) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/activities");

        ResponseEntity<Object> response = new ProblemErrorController(new ProblemWriter(JsonMapper.builder().build())).error(request);

        ProblemDetail problem = (ProblemDetail) response.getBody();
        int expectedStatus = status == 999 ? 500 : status;
        assertThat(response.getStatusCode().value()).isEqualTo(expectedStatus);
        assertThat(problem.getStatus()).isEqualTo(expectedStatus);
        assertThat(problem.getType()).isEqualTo(URI.create(type));
        assertThat(problem.getInstance()).isEqualTo(URI.create("/api/v1/activities"));
        assertThat(problem.getTitle()).isNotBlank();
        assertThat(problem.getDetail()).isNotBlank();
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    @Test
    void theErrorPathAskedForDirectlyIsNotFound() {
        ResponseEntity<Object> response = new ProblemErrorController(new ProblemWriter(JsonMapper.builder().build())).error(new MockHttpServletRequest("GET", "/error"));

        ProblemDetail problem = (ProblemDetail) response.getBody();
        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(problem.getType()).isEqualTo(URI.create("/problems/not-found"));
        assertThat(problem.getInstance()).isEqualTo(URI.create("/error"));
    }
}
