package dev.stride.adapters.web.httpcache;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;

import java.io.IOException;

/**
 * A response object and its JSON bytes ({@link EncodedBodies}), answered with an ETag: 304 without a
 * body when {@code If-None-Match} holds it. The bytes are written to the servlet response here: a
 * controller returning them went through Spring MVC's return-value handlers and message converters,
 * which negotiated the content type again (its mapping already did: it produces only JSON) and were
 * half of what a cached get-by-id cost beyond the floor's request (bench/README.md, thirteenth round).
 * The controller takes the {@link HttpServletResponse} as a parameter, which tells Spring MVC that it
 * answers the request itself.
 */
public final class EncodedBody<R> {

    private final Object shape;
    private final R response;
    private final byte[] json;
    /** Computed on first use: only the list and the statistics are tagged by a hash of the body. */
    private volatile String bodyHash;

    EncodedBody(Object shape, R response, byte[] json) {
        this.shape = shape;
        this.response = response;
        this.json = json;
    }

    Object shape() {
        return shape;
    }

    /** The object the bytes encode (read it, never change it: the bytes would no longer match). */
    public R response() {
        return response;
    }

    byte[] json() {
        return json;
    }

    /** The bytes as a JSON body with the ETag set, or a 304 without a body when {@code If-None-Match} holds it. */
    public void writeTaggedWith(String etag, ServletWebRequest request) throws IOException {
        if (request.checkNotModified(etag)) {
            return;
        }
        HttpServletResponse response = request.getResponse();
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }

    /** The same, tagged with a hash of the bytes ({@code "0<md5>"}, as Spring's body-hashing ETag filter writes it). */
    public void writeTaggedWithItsHash(ServletWebRequest request) throws IOException {
        String tag = bodyHash;
        if (tag == null) {
            tag = "\"0" + DigestUtils.md5DigestAsHex(json) + "\""; // a race computes it twice, to the same value
            bodyHash = tag;
        }
        writeTaggedWith(tag, request);
    }
}
