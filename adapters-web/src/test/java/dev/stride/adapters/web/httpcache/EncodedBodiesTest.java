package dev.stride.adapters.web.httpcache;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.ServletWebRequest;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class EncodedBodiesTest {

    record Totals(String name, int count) {
    }

    record Shown(String label) {
    }

    private final EncodedBodies bodies = new EncodedBodies(JsonMapper.builder().build());
    private final AtomicInteger encodings = new AtomicInteger();
    private final Function<Totals, Shown> show = totals -> {
        encodings.incrementAndGet();
        return new Shown(totals.name() + "=" + totals.count());
    };

    @Test
    void theSameValueIsEncodedOnceAndAnsweredWithTheSameBytes() {
        Totals cached = new Totals("runs", 3);

        EncodedBody<Shown> first = bodies.of(cached, Shown.class, show);
        EncodedBody<Shown> second = bodies.of(cached, Shown.class, show);

        assertThat(written(second, get())).isEqualTo("{\"label\":\"runs=3\"}");
        assertThat(second).isSameAs(first);
        assertThat(encodings).hasValue(1);
    }

    @Test
    void anEqualButNewValueIsEncodedAgain_soAValueLoadedAfterAWriteNeverGetsAnOldBody() {
        bodies.of(new Totals("runs", 3), Shown.class, show);
        bodies.of(new Totals("runs", 3), Shown.class, show);

        assertThat(encodings).hasValue(2);
    }

    @Test
    void aBodyIsReusedOnlyForTheSameShape() {
        Totals cached = new Totals("runs", 3);
        bodies.of(cached, "page of 20", show);

        EncodedBody<Shown> other = bodies.of(cached, "page of 50", t -> new Shown("other"));

        assertThat(written(other, get())).isEqualTo("{\"label\":\"other\"}");
    }

    @Test
    void aBodyForOneRequestIsEncodedAndTaggedLikeAKeptOne() {
        Totals cached = new Totals("runs", 3);
        ServletWebRequest kept = get();
        ServletWebRequest once = get();

        String keptBody = written(bodies.of(cached, Shown.class, show), kept);
        String onceBody = written(bodies.encode(show.apply(cached)), once);

        assertThat(onceBody).isEqualTo(keptBody);
        assertThat(once.getResponse().getHeader("ETag")).isEqualTo(kept.getResponse().getHeader("ETag"));
    }

    @Test
    void theHashETagIsSetAndIfNoneMatchWithItAnswers304WithoutABody() {
        Totals cached = new Totals("runs", 3);
        ServletWebRequest first = get();
        assertThat(written(bodies.of(cached, Shown.class, show), first)).isNotEmpty();
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).matches("\"0[0-9a-f]{32}\"");

        MockHttpServletRequest revalidation = new MockHttpServletRequest("GET", "/api/v1/stats");
        revalidation.addHeader("If-None-Match", etag);
        MockHttpServletResponse response = new MockHttpServletResponse();
        String body = written(bodies.of(cached, Shown.class, show), new ServletWebRequest(revalidation, response));

        assertThat(body).isEmpty();
        assertThat(response.getStatus()).isEqualTo(304);
        assertThat(response.getHeader("ETag")).isEqualTo(etag);
    }

    @Test
    void theBytesGoOutAsAJsonBodyOfTheirLength() throws Exception {
        ServletWebRequest request = get();
        bodies.of(new Totals("runs", 3), Shown.class, show).writeTaggedWithItsHash(request);

        MockHttpServletResponse response = (MockHttpServletResponse) request.getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/json");
        assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length).isPositive();
    }

    /** What the body wrote to the response of {@code request} (empty for a 304). */
    private static String written(EncodedBody<?> body, ServletWebRequest request) {
        try {
            body.writeTaggedWithItsHash(request);
            return ((MockHttpServletResponse) request.getResponse()).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ServletWebRequest get() {
        return new ServletWebRequest(new MockHttpServletRequest("GET", "/api/v1/stats"), new MockHttpServletResponse());
    }
}
