package io.fastjpa.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.jsonb.JsonBindingFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same application twice, once on JSON-B (Yasson) and once on Jackson, both on the classpath: FastJPA's envelopes
 * are byte for byte FastSQLA's under both, and the provider's own configuration applies to {@code data} only.
 *
 * <p>How a Jersey application chooses: the JSON feature it registers wins; with none registered, JSON-B does (its
 * auto-discoverable is forced and runs first), unless {@code jersey.config.disableJsonBinding} is set.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JsonProvidersIT {

    private static final String TRICKY = q("'say \\'hi\\' \\\\ / tab\\t new\\nline\\r é ✓'");
    private static final String FIRST = q("{'id':1,'title':")
            + TRICKY
            + q(",'secret_identity':'Bruce Wayne','score':-0.25,'active':true,'nickname':null,"
                    + "'owner':{'name':'Alfred','age':82},'price':12.50}");
    private static final String SECOND = q("{'id':9007199254740993,'title':'','secret_identity':'','score':1.5,"
            + "'active':false,'nickname':'Bats','owner':{'name':'','age':0},'price':-0.001}");

    private FullStack jsonb;
    private FullStack jackson;

    @BeforeAll
    void start() {
        jsonb = start("json_providers_jsonb", application().register(JsonBindingFeature.class));
        jackson = start("json_providers_jackson", application().register(JacksonFeature.class));
    }

    @AfterAll
    void stop() {
        try {
            jsonb.close();
        } finally {
            jackson.close();
        }
    }

    private static ResourceConfig application() {
        return new ResourceConfig(JsonResource.class, JsonResource.TaggedWriter.class);
    }

    private static FullStack start(String database, ResourceConfig application) {
        FullStack stack = FullStack.start(database, application);
        stack.execute("INSERT INTO stack_gadget (name) VALUES ('gamma'), ('alpha'), ('beta')");
        return stack;
    }

    /** JSON with single quotes for readability: {@code '} becomes {@code "}, and {@code \'} becomes {@code \"}. */
    private static String q(String json) {
        return json.replace("\\'", "\u0000").replace('\'', '"').replace("\u0000", "\\\"");
    }

    private static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    Stream<Arguments> envelopes() {
        String meta = ",'meta':{'offset':%d,'total_items':%d,'total_pages':%d,'page_number':%d}}";
        return Stream.of(
                Arguments.of(
                        "/json/samples/page",
                        q("{'data':[") + FIRST + "," + SECOND + "]" + q(meta.formatted(0, 3, 2, 1))),
                Arguments.of("/json/samples/item", q("{'data':") + FIRST + "}"),
                Arguments.of("/json/samples/list", q("{'data':[") + SECOND + ",null," + FIRST + "]}"),
                Arguments.of("/json/samples/response", q("{'data':") + SECOND + "}"),
                Arguments.of("/json/strings/item", q("{'data':") + TRICKY + "}"),
                Arguments.of("/json/strings/list", q("{'data':['plain',") + TRICKY + q(",'',null]}")),
                Arguments.of("/json/numbers/item", q("{'data':42}")),
                Arguments.of("/json/numbers/list", q("{'data':[0,-2,9223372036854775807]}")),
                Arguments.of("/json/numbers/page", q("{'data':[12.50,-0.001]" + meta.formatted(4, 7, 4, 3))),
                Arguments.of("/json/booleans/item", q("{'data':true}")),
                Arguments.of("/json/names?limit=2", q("{'data':['alpha','beta']" + meta.formatted(0, 3, 2, 1))),
                Arguments.of("/json/names?prefix=zzz", q("{'data':[]" + meta.formatted(0, 0, 0, 1))),
                Arguments.of("/json/names?offset=100&limit=10", q("{'data':[]" + meta.formatted(100, 3, 1, 11))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("envelopes")
    void shouldWriteFastSqlasJsonByteForByteUnderBothProviders(String path, String expected) {
        HttpResponse<byte[]> underJsonb = jsonb.getBytes(path);
        HttpResponse<byte[]> underJackson = jackson.getBytes(path);

        assertThat(underJsonb.statusCode()).as(body(underJsonb)).isEqualTo(200);
        assertThat(underJackson.statusCode()).as(body(underJackson)).isEqualTo(200);
        assertThat(underJsonb.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(underJackson.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(body(underJsonb)).isEqualTo(expected);
        assertThat(body(underJackson)).isEqualTo(expected);
        assertThat(underJackson.body()).isEqualTo(underJsonb.body());
    }

    @Test
    void shouldLookTheJsonWriterUpOncePerDataTypeAndMethodNotPerRequest() {
        for (FullStack stack : List.of(jsonb, jackson)) {
            assertThat(body(stack.getBytes("/json/mixed?kind=tagged"))).isEqualTo(q("{'data':{'tagged':'t1'}}"));
        }
        int lookUpsBefore = JsonResource.TaggedWriter.TAGGED_LOOKUPS.get();

        for (int i = 0; i < 20; i++) {
            for (FullStack stack : List.of(jsonb, jackson)) {
                assertThat(body(stack.getBytes("/json/mixed?kind=tagged"))).isEqualTo(q("{'data':{'tagged':'t1'}}"));
            }
        }

        // Through jersey-cdi2-se's Providers proxy, one look-up cost about 22 µs, more than writing the envelope.
        assertThat(JsonResource.TaggedWriter.TAGGED_LOOKUPS.get()).isEqualTo(lookUpsBefore);
    }

    @Test
    void shouldPickTheWriterForEachRequestsDataWhenOneMethodAnswersWithSeveralTypes() {
        // The writer is looked up once per data type and method: alternating types must not reuse another's writer.
        Map<String, String> expected = Map.of(
                "tagged", q("{'data':{'tagged':'t1'}}"),
                "sample", q("{'data':") + SECOND + "}",
                "number", q("{'data':7}"),
                "list", q("{'data':[{'tag':'in-a-list'}]}"));
        for (int round = 0; round < 3; round++) {
            for (String kind : List.of("tagged", "sample", "number", "list")) {
                assertThat(body(jsonb.getBytes("/json/mixed?kind=" + kind)))
                        .as(kind)
                        .isEqualTo(expected.get(kind));
                assertThat(body(jackson.getBytes("/json/mixed?kind=" + kind)))
                        .as(kind)
                        .isEqualTo(expected.get(kind));
            }
        }
        assertThat(body(jsonb.getBytes("/json/mixed?kind=probe"))).isEqualTo(q("{'data':{'written_by_jsonb':true}}"));
        assertThat(body(jackson.getBytes("/json/mixed?kind=probe")))
                .isEqualTo(q("{'data':{'written_by_jackson':true}}"));
    }

    @Test
    void shouldLeaveHowDataIsEscapedToTheProvider() {
        // By default Jackson 2 escapes characters outside the BMP, JSON-B writes them as UTF-8; both leave U+2028.
        assertThat(body(jsonb.getBytes("/json/edge/list"))).isEqualTo("{\"data\":[\"😀\u2028\"]}");
        assertThat(body(jackson.getBytes("/json/edge/list"))).isEqualTo("{\"data\":[\"\\uD83D\\uDE00\u2028\"]}");
    }

    @Test
    void shouldWriteAStringAsDataItselfWhateverTheProvider() {
        // Jersey would write a String with its plain-text writer; FastJPA escapes U+2028 as it does in problems.
        String expected = "{\"data\":\"😀\\u2028\"}";

        assertThat(body(jsonb.getBytes("/json/edge/item"))).isEqualTo(expected);
        assertThat(body(jackson.getBytes("/json/edge/item"))).isEqualTo(expected);
    }

    @Test
    void shouldWriteDataWithTheProviderTheApplicationRegistered() {
        assertThat(body(jsonb.getBytes("/json/probe"))).isEqualTo(q("{'data':{'written_by_jsonb':true}}"));
        assertThat(body(jackson.getBytes("/json/probe"))).isEqualTo(q("{'data':{'written_by_jackson':true}}"));
    }

    @Test
    void shouldWriteUnconfiguredNamesAlikeUnderBothProviders() {
        String expected =
                q("{'data':[{'displayName':'Dark mode','sortOrder':1},{'displayName':'Font size','sortOrder':2}]"
                        + ",'meta':{'offset':0,'total_items':2,'total_pages':1,'page_number':1}}");

        assertThat(body(jsonb.getBytes("/json/settings"))).isEqualTo(expected);
        assertThat(body(jackson.getBytes("/json/settings"))).isEqualTo(expected);
    }

    /** One application started for the tests of a nested class, closed after them. */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class OneApplication {

        FullStack stack;

        abstract ResourceConfig application();

        @BeforeAll
        void start() {
            stack = JsonProvidersIT.start(
                    "json_providers_" + getClass().getSimpleName().toLowerCase(), application());
        }

        @AfterAll
        void stop() {
            stack.close();
        }
    }

    @Nested
    class WithoutAnyJsonFeatureRegistered extends OneApplication {

        @Override
        ResourceConfig application() {
            return JsonProvidersIT.application();
        }

        @Test
        void shouldWriteDataWithJsonb() {
            assertThat(body(stack.getBytes("/json/probe"))).isEqualTo(q("{'data':{'written_by_jsonb':true}}"));
        }
    }

    @Nested
    class WithJsonBindingDisabled extends OneApplication {

        @Override
        ResourceConfig application() {
            return JsonProvidersIT.application().property(CommonProperties.JSON_BINDING_FEATURE_DISABLE, true);
        }

        @Test
        void shouldWriteDataWithJackson() {
            assertThat(body(stack.getBytes("/json/probe"))).isEqualTo(q("{'data':{'written_by_jackson':true}}"));
        }
    }

    @Nested
    class WithTheApplicationsObjectMapper extends OneApplication {

        @Override
        ResourceConfig application() {
            return JsonProvidersIT.application()
                    .register(JacksonFeature.class)
                    .register(JsonConfigurations.SnakeCaseIndentedMapper.class);
        }

        @Test
        void shouldApplyItToDataOnly() {
            HttpResponse<byte[]> response = stack.getBytes("/json/settings");

            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(body(response))
                    .isEqualTo(q("{'data':[ {\n  'display_name' : 'Dark mode',\n  'sort_order' : 1\n}, {\n"
                            + "  'display_name' : 'Font size',\n  'sort_order' : 2\n} ]"
                            + ",'meta':{'offset':0,'total_items':2,'total_pages':1,'page_number':1}}"));
        }

        @Test
        void shouldWriteCharactersOutsideTheBmpAsTheMapperSays() {
            assertThat(body(stack.getBytes("/json/edge/list"))).isEqualTo("{\"data\":[ \"😀\u2028\" ]}");
        }
    }

    @Nested
    class WithTheApplicationsJsonb extends OneApplication {

        @Override
        ResourceConfig application() {
            return JsonProvidersIT.application()
                    .register(JsonBindingFeature.class)
                    .register(JsonConfigurations.SnakeCaseFormattedJsonb.class);
        }

        @Test
        void shouldApplyItToDataOnly() {
            HttpResponse<byte[]> response = stack.getBytes("/json/settings");

            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(body(response))
                    .isEqualTo(q("{'data':[\n    {\n        'display_name': 'Dark mode',\n        'sort_order': 1\n"
                            + "    },\n    {\n        'display_name': 'Font size',\n        'sort_order': 2\n    }\n]"
                            + ",'meta':{'offset':0,'total_items':2,'total_pages':1,'page_number':1}}"));
        }
    }
}
