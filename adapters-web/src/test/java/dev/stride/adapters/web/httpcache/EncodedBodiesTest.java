package dev.stride.adapters.web.httpcache;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.ServletWebRequest;
import tools.jackson.databind.json.JsonMapper;

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

        byte[] first = bodies.of(cached, Shown.class, show).taggedWithItsHash(get());
        byte[] second = bodies.of(cached, Shown.class, show).taggedWithItsHash(get());

        assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo("{\"label\":\"runs=3\"}");
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

        byte[] other = bodies.of(cached, "page of 50", t -> new Shown("other")).taggedWithItsHash(get());

        assertThat(new String(other, StandardCharsets.UTF_8)).isEqualTo("{\"label\":\"other\"}");
    }

    @Test
    void aBodyForOneRequestIsEncodedAndTaggedLikeAKeptOne() {
        Totals cached = new Totals("runs", 3);
        ServletWebRequest kept = get();
        ServletWebRequest once = get();

        byte[] keptBytes = bodies.of(cached, Shown.class, show).taggedWithItsHash(kept);
        byte[] onceBytes = bodies.encode(show.apply(cached)).taggedWithItsHash(once);

        assertThat(onceBytes).isEqualTo(keptBytes);
        assertThat(once.getResponse().getHeader("ETag")).isEqualTo(kept.getResponse().getHeader("ETag"));
    }

    @Test
    void theHashETagIsSetAndIfNoneMatchWithItAnswers304WithoutABody() {
        Totals cached = new Totals("runs", 3);
        ServletWebRequest first = get();
        bodies.of(cached, Shown.class, show).taggedWithItsHash(first);
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).matches("\"0[0-9a-f]{32}\"");

        MockHttpServletRequest revalidation = new MockHttpServletRequest("GET", "/api/v1/stats");
        revalidation.addHeader("If-None-Match", etag);
        MockHttpServletResponse response = new MockHttpServletResponse();
        byte[] body = bodies.of(cached, Shown.class, show).taggedWithItsHash(new ServletWebRequest(revalidation, response));

        assertThat(body).isNull();
        assertThat(response.getStatus()).isEqualTo(304);
        assertThat(response.getHeader("ETag")).isEqualTo(etag);
    }

    private static ServletWebRequest get() {
        return new ServletWebRequest(new MockHttpServletRequest("GET", "/api/v1/stats"), new MockHttpServletResponse());
    }
}
