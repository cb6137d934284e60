package io.fastjpa.internal.jaxrs;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem: {@code type}, {@code title}, {@code status}, {@code detail} and extension members, written as
 * {@code application/problem+json}. Carries nothing internal: no stack trace, SQL or bind value.
 */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        Map<String, Object> extensions,
        Integer retryAfterSeconds) {

    /** The problem media type. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** The problem media type as an object. */
    public static final MediaType MEDIA_TYPE_OBJECT = MediaType.valueOf(MEDIA_TYPE);

    private static final String TYPE_PREFIX = "urn:fastjpa:problem:";

    /** Validates and copies the record. */
    public Problem {
        extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    /**
     * A problem with a FastJPA type.
     *
     * @param name the last part of the type, for example {@code invalid-parameter}
     * @param title the short human summary
     * @param status the HTTP status
     * @param detail the human explanation of this occurrence, or null
     * @return the problem
     */
    public static Problem of(String name, String title, int status, String detail) {
        return new Problem(TYPE_PREFIX + name, title, status, detail, Map.of(), null);
    }

    /**
     * @param members extension members, written after the standard ones in this map's order
     * @return a copy with these extension members
     */
    public Problem with(Map<String, Object> members) {
        return new Problem(type, title, status, detail, members, retryAfterSeconds);
    }

    /**
     * @param seconds the {@code Retry-After} value
     * @return a copy that asks the client to retry after {@code seconds}
     */
    public Problem retryAfter(int seconds) {
        return new Problem(type, title, status, detail, extensions, seconds);
    }

    /** @return the response carrying this problem */
    public Response toResponse() {
        Response.ResponseBuilder builder =
                Response.status(status).type(MEDIA_TYPE_OBJECT).entity(this);
        if (retryAfterSeconds != null) {
            builder.header("Retry-After", retryAfterSeconds);
        }
        return builder.build();
    }
}
