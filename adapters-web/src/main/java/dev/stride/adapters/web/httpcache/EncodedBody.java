package dev.stride.adapters.web.httpcache;

import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * A response object and its JSON bytes ({@link EncodedBodies}), answered with an ETag: 304 without a
 * body when {@code If-None-Match} holds it. A controller returns the bytes as they are (its mapping
 * produces JSON); headers go on the servlet response, not into a ResponseEntity, which Spring flushes
 * before the request completes.
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

    /** The bytes, the ETag set; null when the request's {@code If-None-Match} holds it (a 304 then). */
    public byte[] taggedWith(String etag, ServletWebRequest request) {
        return request.checkNotModified(etag) ? null : json;
    }

    /** The same, tagged with a hash of the bytes ({@code "0<md5>"}, as Spring's body-hashing ETag filter writes it). */
    public byte[] taggedWithItsHash(ServletWebRequest request) {
        String tag = bodyHash;
        if (tag == null) {
            tag = "\"0" + DigestUtils.md5DigestAsHex(json) + "\""; // a race computes it twice, to the same value
            bodyHash = tag;
        }
        return taggedWith(tag, request);
    }
}
