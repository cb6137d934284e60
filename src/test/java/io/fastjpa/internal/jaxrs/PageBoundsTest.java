package io.fastjpa.internal.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import io.fastjpa.PageSize;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageBoundsTest {

    private static final PageBounds BOUNDS = PageBounds.BUILT_IN;

    @Nested
    class Constructor {

        @Test
        void shouldHaveFastSqlaBuiltInBounds() {
            assertThat(PageBounds.BUILT_IN).isEqualTo(new PageBounds(10, 100));
        }

        @Test
        void shouldAcceptADefaultEqualToTheMaximum() {
            assertThat(new PageBounds(1, 1).max()).isEqualTo(1);
        }

        @Test
        void shouldRejectADefaultAboveTheMaximum() {
            assertThatThrownBy(() -> new PageBounds(11, 10))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("FASTJPA-030: page sizes must satisfy 1 <= default (11) <= max (10)");
        }

        @Test
        void shouldRejectADefaultBelowOne() {
            assertThatThrownBy(() -> new PageBounds(0, 10))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("FASTJPA-030:");
        }

        @Test
        void shouldRejectAMaximumBelowOne() {
            assertThatThrownBy(() -> new PageBounds(1, 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("FASTJPA-030:");
        }

        @Test
        void shouldKeepOffsetPlusLimitWithinAnInt() {
            assertThat(BOUNDS.maxOffset()).isEqualTo(2_147_483_547L);
            assertThat(new PageBounds(1, Integer.MAX_VALUE).maxOffset()).isZero();
        }
    }

    @Nested
    class ParseLimit {

        @Test
        void shouldUseTheDefaultWhenAbsent() {
            assertThat(BOUNDS.parseLimit(null)).isEqualTo(10);
            assertThat(new PageBounds(5, 50).parseLimit(null)).isEqualTo(5);
        }

        @Test
        void shouldAcceptTheBounds() {
            assertThat(BOUNDS.parseLimit("1")).isEqualTo(1);
            assertThat(BOUNDS.parseLimit("100")).isEqualTo(100);
        }

        @Test
        void shouldIgnoreSurroundingWhitespace() {
            assertThat(BOUNDS.parseLimit(" 7 ")).isEqualTo(7);
            assertThat(BOUNDS.parseLimit("\t8\n")).isEqualTo(8);
        }

        @Test
        void shouldAcceptAnExplicitPlusSign() {
            assertThat(BOUNDS.parseLimit("+5")).isEqualTo(5);
        }

        @Test
        void shouldAcceptLeadingZeros() {
            assertThat(BOUNDS.parseLimit("007")).isEqualTo(7);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "0",
                    "-1",
                    "101",
                    "2147483648",
                    "99999999999999999999",
                    "1.5",
                    "1e2",
                    "0x10",
                    "ten",
                    "",
                    "   ",
                    "5 5",
                    "--5"
                })
        void shouldRejectAnythingButAWholeNumberWithinTheBounds(String raw) {
            BadRequestException error = catchThrowableOfType(BadRequestException.class, () -> BOUNDS.parseLimit(raw));

            assertThat(error).isNotNull();
            assertThat(problemOf(error).extensions()).containsEntry("parameter", "limit");
        }

        @Test
        void shouldDescribeTheInvalidValueInAProblem() {
            BadRequestException error = catchThrowableOfType(BadRequestException.class, () -> BOUNDS.parseLimit("abc"));

            Response response = error.getResponse();
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(response.getMediaType()).hasToString("application/problem+json");
            Problem problem = problemOf(error);
            assertThat(problem.type()).isEqualTo("urn:fastjpa:problem:invalid-parameter");
            assertThat(problem.title()).isEqualTo("Invalid query parameter");
            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.detail())
                    .isEqualTo("Query parameter 'limit' must be a whole number from 1 to 100, got 'abc'.");
            assertThat(problem.retryAfterSeconds()).isNull();
            assertThat(error).hasMessage(problem.detail());
        }

        @Test
        void shouldListParameterValueMinimumAndMaximumInThatOrder() {
            Problem problem = problemOf(catchThrowableOfType(BadRequestException.class, () -> BOUNDS.parseLimit("0")));

            assertThat(problem.extensions())
                    .containsExactly(
                            entry("parameter", "limit"),
                            entry("value", "0"),
                            entry("minimum", 1L),
                            entry("maximum", 100L));
        }

        @Test
        void shouldShowTheRawValueAsReceived() {
            Problem problem =
                    problemOf(catchThrowableOfType(BadRequestException.class, () -> BOUNDS.parseLimit(" 500 ")));

            assertThat(problem.extensions()).containsEntry("value", " 500 ");
        }

        @Test
        void shouldTruncateALongValueTo40Characters() {
            String raw = "x".repeat(39) + "yz" + "w".repeat(100);

            Problem problem = problemOf(catchThrowableOfType(BadRequestException.class, () -> BOUNDS.parseLimit(raw)));

            String shown = "x".repeat(39) + "y...";
            assertThat(problem.extensions()).containsEntry("value", shown);
            assertThat(problem.detail()).endsWith("got '" + shown + "'.").doesNotContain("z");
        }

        @Test
        void shouldNotTruncateAValueOfExactly40Characters() {
            String raw = "1".repeat(40);

            Problem problem = problemOf(catchThrowableOfType(BadRequestException.class, () -> BOUNDS.parseLimit(raw)));

            assertThat(problem.extensions()).containsEntry("value", raw);
        }
    }

    @Nested
    class ParseOffset {

        @Test
        void shouldDefaultToZeroWhenAbsent() {
            assertThat(BOUNDS.parseOffset(null)).isZero();
        }

        @Test
        void shouldAcceptTheBounds() {
            assertThat(BOUNDS.parseOffset("0")).isZero();
            assertThat(BOUNDS.parseOffset("2147483547")).isEqualTo(2_147_483_547L);
        }

        @Test
        void shouldIgnoreSurroundingWhitespaceAndAPlusSign() {
            assertThat(BOUNDS.parseOffset(" 30 ")).isEqualTo(30);
            assertThat(BOUNDS.parseOffset("+30")).isEqualTo(30);
        }

        @ParameterizedTest
        @ValueSource(strings = {"-1", "2147483548", "9223372036854775808", "1.5", "", " ", "ten"})
        void shouldRejectAnythingButAWholeNumberWithinTheBounds(String raw) {
            BadRequestException error = catchThrowableOfType(BadRequestException.class, () -> BOUNDS.parseOffset(raw));

            assertThat(error).isNotNull();
            assertThat(problemOf(error).extensions()).containsEntry("parameter", "offset");
        }

        @Test
        void shouldNameTheAllowedRangeInTheProblem() {
            Problem problem =
                    problemOf(catchThrowableOfType(BadRequestException.class, () -> BOUNDS.parseOffset("-5")));

            assertThat(problem.extensions())
                    .containsExactly(
                            entry("parameter", "offset"),
                            entry("value", "-5"),
                            entry("minimum", 0L),
                            entry("maximum", 2_147_483_547L));
            assertThat(problem.detail())
                    .isEqualTo("Query parameter 'offset' must be a whole number from 0 to 2147483547, got '-5'.");
        }

        @Test
        void shouldShrinkTheMaximumOffsetWithTheMaximumLimit() {
            PageBounds bounds = new PageBounds(10, 1000);

            assertThat(bounds.parseOffset("2147482647")).isEqualTo(2_147_482_647L);
            assertThatThrownBy(() -> bounds.parseOffset("2147482648")).isInstanceOf(BadRequestException.class);
        }
    }

    @Nested
    class OfMethod {

        @PageSize(defaultSize = 5, max = 50)
        static class SizedResource {
            @PageSize(defaultSize = 2, max = 20)
            void sized() {}

            void unsized() {}
        }

        static class PlainResource {
            void unsized() {}

            @PageSize(defaultSize = 20, max = 10)
            void invalid() {}

            @PageSize(max = 0)
            void zeroMax() {}
        }

        private final PageBounds global = new PageBounds(7, 70);

        @Test
        void shouldPreferTheMethodAnnotation() throws Exception {
            assertThat(PageBounds.of(method(SizedResource.class, "sized"), SizedResource.class, global))
                    .isEqualTo(new PageBounds(2, 20));
        }

        @Test
        void shouldFallBackToTheClassAnnotation() throws Exception {
            assertThat(PageBounds.of(method(SizedResource.class, "unsized"), SizedResource.class, global))
                    .isEqualTo(new PageBounds(5, 50));
        }

        @Test
        void shouldFallBackToTheGlobalBounds() throws Exception {
            assertThat(PageBounds.of(method(PlainResource.class, "unsized"), PlainResource.class, global))
                    .isEqualTo(global);
        }

        @Test
        void shouldUseTheGlobalBoundsWithoutAResourceClass() throws Exception {
            assertThat(PageBounds.of(method(PlainResource.class, "unsized"), null, global))
                    .isEqualTo(global);
        }

        @Test
        void shouldNameTheMethodWhosePageSizeIsInvalid() throws Exception {
            assertThatThrownBy(() -> PageBounds.of(method(PlainResource.class, "invalid"), PlainResource.class, global))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("FASTJPA-030: @PageSize(defaultSize = 20, max = 10) on "
                            + "io.fastjpa.internal.jaxrs.PageBoundsTest$OfMethod$PlainResource.invalid is not valid:"
                            + " max must be at least 1 and defaultSize between 1 and max");
        }

        @Test
        void shouldRejectAMaximumOfZero() throws Exception {
            assertThatThrownBy(() -> PageBounds.of(method(PlainResource.class, "zeroMax"), PlainResource.class, global))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("@PageSize(defaultSize = 10, max = 0)")
                    .hasMessageContaining("PlainResource.zeroMax");
        }

        private Method method(Class<?> type, String name) throws NoSuchMethodException {
            return type.getDeclaredMethod(name);
        }
    }

    @Nested
    class OfResourceInfo {

        @Test
        void shouldUseTheBuiltInBoundsOutsideJakartaRest() {
            assertThat(PageBounds.of(null, null)).isSameAs(PageBounds.BUILT_IN);
        }

        @Test
        void shouldUseTheConfiguredGlobalBounds() {
            Configuration configuration = new FakeConfiguration(
                    Map.of(PageBounds.DEFAULT_SIZE_PROPERTY, 3, PageBounds.MAX_SIZE_PROPERTY, 30));

            assertThat(PageBounds.of(null, configuration)).isEqualTo(new PageBounds(3, 30));
        }

        @Test
        void shouldIgnoreGlobalBoundsThatAreNotIntegers() {
            Configuration configuration = new FakeConfiguration(
                    Map.of(PageBounds.DEFAULT_SIZE_PROPERTY, "3", PageBounds.MAX_SIZE_PROPERTY, "30"));

            assertThat(PageBounds.of(null, configuration)).isSameAs(PageBounds.BUILT_IN);
        }

        @Test
        void shouldUseTheMatchedResourceMethodsPageSize() throws Exception {
            ResourceInfo resourceInfo = new FakeResourceInfo(
                    OfMethod.SizedResource.class.getDeclaredMethod("unsized"), OfMethod.SizedResource.class);
            Configuration configuration = new FakeConfiguration(
                    Map.of(PageBounds.DEFAULT_SIZE_PROPERTY, 3, PageBounds.MAX_SIZE_PROPERTY, 30));

            assertThat(PageBounds.of(resourceInfo, configuration)).isEqualTo(new PageBounds(5, 50));
        }

        @Test
        void shouldUseTheGlobalBoundsBeforeAResourceMethodIsMatched() {
            ResourceInfo resourceInfo = new FakeResourceInfo(null, null);

            assertThat(PageBounds.of(resourceInfo, new FakeConfiguration(Map.of())))
                    .isSameAs(PageBounds.BUILT_IN);
        }
    }

    private record FakeResourceInfo(Method getResourceMethod, Class<?> getResourceClass) implements ResourceInfo {}

    private record FakeConfiguration(Map<String, Object> getProperties) implements Configuration {

        @Override
        public RuntimeType getRuntimeType() {
            return RuntimeType.SERVER;
        }

        @Override
        public Object getProperty(String name) {
            return getProperties.get(name);
        }

        @Override
        public Collection<String> getPropertyNames() {
            return getProperties.keySet();
        }

        @Override
        public boolean isEnabled(Feature feature) {
            return false;
        }

        @Override
        public boolean isEnabled(Class<? extends Feature> featureClass) {
            return false;
        }

        @Override
        public boolean isRegistered(Object component) {
            return false;
        }

        @Override
        public boolean isRegistered(Class<?> componentClass) {
            return false;
        }

        @Override
        public Map<Class<?>, Integer> getContracts(Class<?> componentClass) {
            return Map.of();
        }

        @Override
        public Set<Class<?>> getClasses() {
            return Set.of();
        }

        @Override
        public Set<Object> getInstances() {
            return Set.of();
        }
    }

    private static Problem problemOf(BadRequestException error) {
        assertThat(error).isNotNull();
        assertThat(error.getResponse().getEntity()).isInstanceOf(Problem.class);
        return (Problem) error.getResponse().getEntity();
    }
}
