package dev.stride.adapters.web.activity;

import dev.stride.adapters.web.security.JwtSigningKey;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivityPosition;
import dev.stride.domain.activity.ActivitySort;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.shared.ValidationException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;

/**
 * Keyset cursors as opaque, URL-safe text: {@code base64url(json) "." base64url(HMAC-SHA256)}.
 * The MAC key is derived from the JWT signing key under a label of its own, so every instance that
 * accepts a user's tokens accepts their cursors, and a cursor is worth nothing as a token. The
 * MAC covers the user id: a cursor edited in any byte, or presented by another user, is a 400.
 * The content is signed, not encrypted: it holds nothing the caller does not already see.
 */
@Component
class CursorCodec {

    private static final String KEY_LABEL = "stride/activity-list-cursor/v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    /** Far more than any cursor this codec writes; longer input is refused before it is decoded. */
    private static final int MAX_LENGTH = 1024;

    private final SecretKey key;
    private final JsonMapper json;

    CursorCodec(JwtSigningKey signingKey, JsonMapper json) {
        this.key = signingKey.derive(KEY_LABEL);
        this.json = json;
    }

    /** The payload: short names keep the cursor short. */
    record Payload(long u, String s, ActivityType t, LocalDate f, LocalDate to, String v, long i) {
    }

    String encode(ListingCursor cursor) {
        ActivityFilter filter = cursor.filter();
        byte[] payload = json.writeValueAsBytes(new Payload(cursor.userId(), cursor.sort().toString(), filter.type(),
                filter.from(), filter.to(), cursor.after().valueText(), cursor.after().id()));
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
    }

    /** @throws ValidationException when the text is not a cursor this service issued to this user */
    ListingCursor decode(String text, long userId) {
        int dot = text.indexOf('.');
        if (text.length() > MAX_LENGTH || dot < 0) {
            throw invalid();
        }
        try {
            byte[] payload = DECODER.decode(text.substring(0, dot));
            byte[] signature = DECODER.decode(text.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, mac(payload))) {
                throw invalid();
            }
            Payload p = json.readValue(payload, Payload.class);
            if (p.u() != userId) {
                throw invalid();
            }
            ActivitySort sort = ActivitySort.parse(p.s());
            return new ListingCursor(userId, sort, new ActivityFilter(p.t(), p.f(), p.to()),
                    ActivityPosition.of(sort.key(), p.v(), p.i()));
        } catch (IllegalArgumentException | JacksonException e) {
            throw invalid();
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(key.getAlgorithm());
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static ValidationException invalid() {
        return ValidationException.of("cursor", "is not a cursor of this list; use the nextCursor of a previous page");
    }
}
