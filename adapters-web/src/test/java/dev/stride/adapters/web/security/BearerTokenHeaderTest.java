package dev.stride.adapters.web.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Every Authorization header, well-formed or an attacker's, gets the answer Spring's default resolver gives. */
class BearerTokenHeaderTest {

    private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ";

    private final BearerTokenResolver fast = new BearerTokenHeader();
    private final BearerTokenResolver reference = new DefaultBearerTokenResolver();

    @Test
    void aWellFormedTokenIsReadInAnyCaseOfTheScheme() {
        for (String header : List.of("Bearer " + JWT, "bearer " + JWT, "BEARER " + JWT, "Bearer abc==", "Bearer a+/~-._")) {
            assertThat(fast.resolve(get(header, null))).as(header).isEqualTo(reference.resolve(get(header, null)))
                    .isEqualTo(header.substring("Bearer ".length()));
        }
    }

    @Test
    void malformedAndForeignHeadersGetTheDefaultResolversAnswer() {
        for (String header : List.of("Bearer", "Bearer ", "Bearer  " + JWT, "Bearer " + JWT + " ", "Bearer ==abc",
                "Bearer abc=def", "Bearer ab\"c", "Bearer abc\n", "Bearerx " + JWT, "Basic dXNlcjpwYXNz", "bear " + JWT,
                "Bearer " + JWT + ",Bearer " + JWT, "Bearer é" + JWT)) {
            assertSameAnswer(header, null);
        }
        assertSameAnswer(null, null);
    }

    @Test
    void everyCharacterInsideATokenIsJudgedAsTheDefaultResolverJudgesIt() {
        for (char c = 0; c < 0x180; c++) {
            assertSameAnswer("Bearer a" + c + "b", null);
        }
    }

    @Test
    void aTokenInTheQueryBesideTheHeaderIsRefusedAsBefore() {
        assertSameAnswer("Bearer " + JWT, "access_token=" + JWT);
        assertSameAnswer("Bearer " + JWT, "page=0&size=20");
    }

    private void assertSameAnswer(String header, String query) {
        Supplier<String> description = () -> header + " ? " + query;
        Object expected = answer(reference, get(header, query));
        Object actual = answer(fast, get(header, query));
        if (expected instanceof Throwable thrown) {
            assertThat(actual).as(description).isInstanceOf(thrown.getClass());
            assertThat(((Throwable) actual).getMessage()).as(description).isEqualTo(thrown.getMessage());
        } else {
            assertThat(actual).as(description).isEqualTo(expected);
        }
    }

    private static Object answer(BearerTokenResolver resolver, MockHttpServletRequest request) {
        Throwable thrown = catchThrowable(() -> resolver.resolve(request));
        return thrown != null ? thrown : String.valueOf(resolver.resolve(request));
    }

    private static MockHttpServletRequest get(String authorization, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/activities");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        if (query != null) {
            request.setQueryString(query);
            for (String pair : query.split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                request.addParameter(nameAndValue[0], nameAndValue[1]);
            }
        }
        return request;
    }
}
