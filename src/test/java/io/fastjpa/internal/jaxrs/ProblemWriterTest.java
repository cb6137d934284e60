package io.fastjpa.internal.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProblemWriterTest {

    @Nested
    class ToJson {

        @Test
        void shouldWriteTheStandardMembersInRfcOrder() {
            Problem problem = Problem.of("conflict", "Conflict", 409, "Already exists.");

            assertThat(ProblemWriter.toJson(problem))
                    .isEqualTo("{\"type\":\"urn:fastjpa:problem:conflict\",\"title\":\"Conflict\",\"status\":409,"
                            + "\"detail\":\"Already exists.\"}");
        }

        @Test
        void shouldLeaveOutANullDetail() {
            Problem problem = Problem.of("not-found", "Not Found", 404, null);

            assertThat(ProblemWriter.toJson(problem))
                    .isEqualTo("{\"type\":\"urn:fastjpa:problem:not-found\",\"title\":\"Not Found\",\"status\":404}");
        }

        @Test
        void shouldWriteExtensionsAfterTheStandardMembersInTheirOrder() {
            Map<String, Object> members = new LinkedHashMap<>();
            members.put("parameter", "limit");
            members.put("value", "abc");
            members.put("minimum", 1L);
            members.put("maximum", 100L);
            Problem problem = Problem.of("invalid-parameter", "Invalid query parameter", 400, "Bad.")
                    .with(members);

            assertThat(ProblemWriter.toJson(problem))
                    .isEqualTo("{\"type\":\"urn:fastjpa:problem:invalid-parameter\","
                            + "\"title\":\"Invalid query parameter\",\"status\":400,\"detail\":\"Bad.\","
                            + "\"parameter\":\"limit\",\"value\":\"abc\",\"minimum\":1,\"maximum\":100}");
        }

        @Test
        void shouldWriteExtensionsAfterTheStatusWhenThereIsNoDetail() {
            Problem problem = Problem.of("x", "X", 400, null).with(Map.of("count", 3));

            assertThat(ProblemWriter.toJson(problem)).endsWith("\"status\":400,\"count\":3}");
        }

        @Test
        void shouldWriteNumbersBooleansAndNullUnquoted() {
            Map<String, Object> members = new LinkedHashMap<>();
            members.put("int", 7);
            members.put("long", Long.MAX_VALUE);
            members.put("decimal", new BigDecimal("1.50"));
            members.put("double", -0.5d);
            members.put("flag", true);
            members.put("nothing", null);
            members.put("text", "7");
            Problem problem = Problem.of("x", "X", 400, null).with(members);

            assertThat(ProblemWriter.toJson(problem))
                    .endsWith("\"int\":7,\"long\":9223372036854775807,\"decimal\":1.50,\"double\":-0.5,"
                            + "\"flag\":true,\"nothing\":null,\"text\":\"7\"}");
        }

        @Test
        void shouldWriteOtherObjectsAsStrings() {
            Problem problem = Problem.of("x", "X", 400, null).with(Map.of("type", StringBuilder.class));

            assertThat(ProblemWriter.toJson(problem)).endsWith(",\"type\":\"class java.lang.StringBuilder\"}");
        }

        @Test
        void shouldEscapeQuotesAndBackslashes() {
            Problem problem = Problem.of("x", "X", 400, "say \"hi\" to C:\\heroes");

            assertThat(ProblemWriter.toJson(problem)).endsWith(",\"detail\":\"say \\\"hi\\\" to C:\\\\heroes\"}");
        }

        @Test
        void shouldEscapeLineBreaksAndTabs() {
            Problem problem = Problem.of("x", "X", 400, "one\ntwo\r\nthree\tfour");

            assertThat(ProblemWriter.toJson(problem)).endsWith(",\"detail\":\"one\\ntwo\\r\\nthree\\tfour\"}");
        }

        @Test
        void shouldEscapeOtherControlCharactersAsUnicode() {
            Problem problem = Problem.of("x", "X", 400, "a\u0001b\u0000c\u001fd\bf\f");

            assertThat(ProblemWriter.toJson(problem))
                    .endsWith(",\"detail\":\"a\\u0001b\\u0000c\\u001fd\\u0008f\\u000c\"}");
        }

        @Test
        void shouldEscapeTheJavaScriptLineSeparators() {
            Problem problem = Problem.of("x", "X", 400, "a\u2028b\u2029c");

            assertThat(ProblemWriter.toJson(problem)).endsWith(",\"detail\":\"a\\u2028b\\u2029c\"}");
        }

        @Test
        void shouldKeepOtherCharactersAsTheyAre() {
            Problem problem = Problem.of("x", "X", 400, "héros / <ok> ✓ \u007f");

            assertThat(ProblemWriter.toJson(problem)).endsWith(",\"detail\":\"héros / <ok> ✓ \u007f\"}");
        }

        @Test
        void shouldEscapeExtensionNamesAndValues() {
            Problem problem = Problem.of("x", "X", 400, null).with(Map.of("we\"ird", "line\nbreak"));

            assertThat(ProblemWriter.toJson(problem)).endsWith(",\"we\\\"ird\":\"line\\nbreak\"}");
        }

        @Test
        void shouldNotWriteRetryAfterIntoTheBody() {
            Problem problem = Problem.of("x", "X", 503, null).retryAfter(5);

            assertThat(ProblemWriter.toJson(problem))
                    .isEqualTo("{\"type\":\"urn:fastjpa:problem:x\",\"title\":\"X\",\"status\":503}");
        }
    }

    @Nested
    class Provider {

        private final ProblemWriter writer = new ProblemWriter();

        @Test
        void shouldWriteOnlyProblems() {
            MediaType mediaType = Problem.MEDIA_TYPE_OBJECT;

            assertThat(writer.isWriteable(Problem.class, Problem.class, new Annotation[0], mediaType))
                    .isTrue();
            assertThat(writer.isWriteable(Object.class, Object.class, new Annotation[0], mediaType))
                    .isFalse();
            assertThat(writer.isWriteable(String.class, String.class, new Annotation[0], mediaType))
                    .isFalse();
        }

        @Test
        void shouldWriteUtf8() throws Exception {
            Problem problem = Problem.of("x", "X", 400, "héros");
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            writer.writeTo(
                    problem,
                    Problem.class,
                    Problem.class,
                    new Annotation[0],
                    Problem.MEDIA_TYPE_OBJECT,
                    new MultivaluedHashMap<>(),
                    out);

            assertThat(out.toByteArray())
                    .isEqualTo(ProblemWriter.toJson(problem).getBytes(StandardCharsets.UTF_8));
            assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("\"detail\":\"héros\"}");
        }
    }
}
