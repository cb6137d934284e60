package io.fastjpa.internal.jaxrs;

import io.fastjpa.internal.Messages;
import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Providers;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes one of FastJPA's JSON envelopes: the envelope itself ({@code {"data":...,"meta":{...}}}) by hand, so it is
 * byte-identical under every JSON provider, and the {@code data} through the application's own JSON writer (JSON-B
 * or Jackson, with its configuration). A {@code String} as {@code data} is written here as a JSON string.
 *
 * @param <E> the envelope type
 */
abstract class EnvelopeWriter<E> implements MessageBodyWriter<E> {

    private final Class<?> envelopeType;

    @Context
    private Providers providers;

    // The JSON writer per data type and annotations, looked up once: on jersey-cdi2-se every call through the injected
    // Providers resolves it again (a bean created per call), which cost more than writing a small envelope.
    private final Map<WriterKey, MessageBodyWriter<Object>> writers = new ConcurrentHashMap<>();

    EnvelopeWriter(Class<?> envelopeType) {
        this.envelopeType = envelopeType;
    }

    @Override
    public final boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == envelopeType;
    }

    /** @return the value of the envelope's {@code data} member */
    abstract Object data(E envelope);

    /** @return what follows the {@code data} value, closing brace included */
    abstract String tail(E envelope);

    /** The type of {@code data} for an envelope's generic type: {@code T} for {@code Item<T>}, {@code List<T>}... */
    abstract Type dataType(Type elementType);

    @Override
    public final void writeTo(
            E envelope,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream out)
            throws IOException {
        Object value = data(envelope);
        OutputStream body = new KeepOpen(out);
        if (value instanceof String text) {
            // Jersey's own text writer takes a String for every media type, before any JSON provider is asked, and
            // writes it unquoted: a string is written here.
            StringBuilder json = new StringBuilder(text.length() + 16).append("{\"data\":");
            Json.appendString(json, text);
            write(body, json.append(tail(envelope)).toString());
        } else {
            Type dataType = dataType(elementType(genericType));
            if (dataType == Object.class) {
                dataType = value.getClass();
            }
            Class<?> rawDataType = rawType(dataType);
            MessageBodyWriter<Object> json = jsonWriter(rawDataType, dataType, annotations);
            write(body, "{\"data\":");
            json.writeTo(value, rawDataType, dataType, annotations, MediaType.APPLICATION_JSON_TYPE, headers, body);
            write(body, tail(envelope));
        }
        body.flush();
    }

    private MessageBodyWriter<Object> jsonWriter(Class<?> rawDataType, Type dataType, Annotation[] annotations) {
        WriterKey key = new WriterKey(dataType, List.of(annotations));
        MessageBodyWriter<Object> known = writers.get(key);
        if (known != null) {
            return known;
        }
        MessageBodyWriter<Object> json = lookUpJsonWriter(rawDataType, dataType, annotations);
        // Bounded: responses built with annotations of their own could bring new sets without end.
        if (writers.size() < MAX_CACHED_WRITERS) {
            writers.putIfAbsent(key, json);
        }
        return json;
    }

    private MessageBodyWriter<Object> lookUpJsonWriter(Class<?> rawDataType, Type dataType, Annotation[] annotations) {
        @SuppressWarnings("unchecked")
        MessageBodyWriter<Object> json = (MessageBodyWriter<Object>)
                providers.getMessageBodyWriter(rawDataType, dataType, annotations, MediaType.APPLICATION_JSON_TYPE);
        if (json == null) {
            throw new InternalServerErrorException(Messages.noJsonWriter(dataType));
        }
        return json;
    }

    private static final int MAX_CACHED_WRITERS = 256;

    /**
     * The writer's inputs besides the media type (always JSON). The annotations are compared by value: Jersey passes a
     * new array with every response, even of the same resource method.
     */
    private record WriterKey(Type dataType, List<Annotation> annotations) {
        @Override
        public String toString() {
            return dataType.getTypeName();
        }
    }

    static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Type elementType(Type genericType) {
        if (genericType instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments().length == 1) {
            Type argument = parameterized.getActualTypeArguments()[0];
            if (argument instanceof Class<?> || argument instanceof ParameterizedType) {
                return argument;
            }
        }
        return Object.class;
    }

    private static Class<?> rawType(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return (Class<?>) ((ParameterizedType) type).getRawType();
    }

    /** {@code List<element>} as a type a JSON provider understands. */
    static Type listOf(Type element) {
        if (element == Object.class) {
            return List.class;
        }
        return new ListType(element);
    }

    // Equal for equal elements, so the writer cache finds it again.
    private record ListType(Type element) implements ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return new Type[] {element};
        }

        @Override
        public Type getRawType() {
            return List.class;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }

        @Override
        public String getTypeName() {
            return "java.util.List<" + element.getTypeName() + ">";
        }

        @Override
        public String toString() {
            return getTypeName();
        }
    }

    // JSON providers may close the stream they are given when they finish; the envelope's tail comes after.
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
