package io.fastjpa.stack;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.ws.rs.ext.ContextResolver;

/** An application's own JSON configuration, as applications register it: snake_case names, indented output. */
public final class JsonConfigurations {

    private JsonConfigurations() {}

    /** Jackson: {@code SNAKE_CASE}, {@code INDENT_OUTPUT}, characters outside the BMP written as UTF-8. */
    public static final class SnakeCaseIndentedMapper implements ContextResolver<ObjectMapper> {

        private final ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
                        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                        .build())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(SerializationFeature.INDENT_OUTPUT);

        @Override
        public ObjectMapper getContext(Class<?> type) {
            return mapper;
        }
    }

    /** JSON-B: {@code LOWER_CASE_WITH_UNDERSCORES} and formatting. */
    public static final class SnakeCaseFormattedJsonb implements ContextResolver<Jsonb> {

        private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
                .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
                .withFormatting(true));

        @Override
        public Jsonb getContext(Class<?> type) {
            return jsonb;
        }
    }
}
