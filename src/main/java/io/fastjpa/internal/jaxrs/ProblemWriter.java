package io.fastjpa.internal.jaxrs;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes {@link Problem}s, members in RFC 9457 order, null members left out. */
@Provider
@Produces({Problem.MEDIA_TYPE, MediaType.APPLICATION_JSON, MediaType.WILDCARD})
public final class ProblemWriter implements MessageBodyWriter<Problem> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == Problem.class;
    }

    @Override
    public void writeTo(
            Problem problem,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream out)
            throws IOException {
        out.write(toJson(problem).getBytes(StandardCharsets.UTF_8));
    }

    static String toJson(Problem problem) {
        StringBuilder json = new StringBuilder(256);
        json.append("{\"type\":");
        Json.appendString(json, problem.type());
        json.append(",\"title\":");
        Json.appendString(json, problem.title());
        json.append(",\"status\":").append(problem.status());
        if (problem.detail() != null) {
            json.append(",\"detail\":");
            Json.appendString(json, problem.detail());
        }
        for (Map.Entry<String, Object> member : problem.extensions().entrySet()) {
            json.append(',');
            Json.appendString(json, member.getKey());
            json.append(':');
            Json.appendValue(json, member.getValue());
        }
        return json.append('}').toString();
    }
}
