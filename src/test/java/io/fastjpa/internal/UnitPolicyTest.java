package io.fastjpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastjpa.UnitOfWork;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UnitPolicyTest {

    static class PlainBean {
        void work() {}

        @UnitOfWork(readOnly = true)
        void read() {}

        @UnitOfWork(enabled = false)
        void off() {}

        @UnitOfWork(rollbackOn = IOException.class, dontRollbackOn = FileNotFoundException.class)
        void io() {}

        @UnitOfWork(dontRollbackOn = IllegalStateException.class)
        void tolerant() {}

        @UnitOfWork(rollbackOn = {IOException.class, SQLException.class})
        void checked() {}
    }

    @UnitOfWork(readOnly = true)
    static class ReadOnlyBean {
        void any() {}

        @UnitOfWork
        void writes() {}
    }

    static class ReadOnlySubBean extends ReadOnlyBean {
        void more() {}
    }

    @UnitOfWork(enabled = false)
    static class DisabledBean {
        void any() {}
    }

    static class HeroResource {
        @GET
        void list() {}

        @HEAD
        void head() {}

        @POST
        void create() {}

        @PUT
        void replace() {}

        @DELETE
        void remove() {}

        @GET
        @UnitOfWork
        void listAndTouch() {}

        @GET
        @UnitOfWork(enabled = false)
        void listWithoutUnit() {}

        @POST
        @UnitOfWork(readOnly = true)
        void search() {}

        void locator() {}
    }

    @UnitOfWork
    static class AnnotatedResource {
        @GET
        void list() {}
    }

    @UnitOfWork(readOnly = true)
    static class ReadOnlyResource {
        @POST
        void create() {}
    }

    @Nested
    class ForBeanMethod {

        @Test
        void shouldDefaultToAReadWriteUnitThatRollsBackOnEverything() {
            UnitPolicy policy = UnitPolicy.forBeanMethod(method(PlainBean.class, "work"), PlainBean.class);

            assertThat(policy.enabled()).isTrue();
            assertThat(policy.readOnly()).isFalse();
            assertThat(policy.rollbackOn()).isEmpty();
            assertThat(policy.dontRollbackOn()).isEmpty();
            assertThat(policy.owner()).isEqualTo("PlainBean.work");
        }

        @Test
        void shouldReadTheMethodAnnotation() {
            UnitPolicy policy = UnitPolicy.forBeanMethod(method(PlainBean.class, "read"), PlainBean.class);

            assertThat(policy.readOnly()).isTrue();
            assertThat(policy.enabled()).isTrue();
        }

        @Test
        void shouldBeDisabledByTheMethodAnnotation() {
            assertThat(UnitPolicy.forBeanMethod(method(PlainBean.class, "off"), PlainBean.class)
                            .enabled())
                    .isFalse();
        }

        @Test
        void shouldFallBackToTheClassAnnotation() {
            UnitPolicy policy = UnitPolicy.forBeanMethod(method(ReadOnlyBean.class, "any"), ReadOnlyBean.class);

            assertThat(policy.readOnly()).isTrue();
            assertThat(policy.owner()).isEqualTo("ReadOnlyBean.any");
        }

        @Test
        void shouldPreferTheMethodAnnotationOverTheClassAnnotation() {
            assertThat(UnitPolicy.forBeanMethod(method(ReadOnlyBean.class, "writes"), ReadOnlyBean.class)
                            .readOnly())
                    .isFalse();
        }

        @Test
        void shouldInheritTheClassAnnotation() {
            UnitPolicy policy = UnitPolicy.forBeanMethod(method(ReadOnlySubBean.class, "more"), ReadOnlySubBean.class);

            assertThat(policy.readOnly()).isTrue();
            assertThat(policy.owner()).isEqualTo("ReadOnlySubBean.more");
        }

        @Test
        void shouldBeDisabledByTheClassAnnotation() {
            assertThat(UnitPolicy.forBeanMethod(method(DisabledBean.class, "any"), DisabledBean.class)
                            .enabled())
                    .isFalse();
        }

        @Test
        void shouldReadRollbackRules() {
            UnitPolicy policy = UnitPolicy.forBeanMethod(method(PlainBean.class, "io"), PlainBean.class);

            assertThat(policy.rollbackOn()).containsExactly(IOException.class);
            assertThat(policy.dontRollbackOn()).containsExactly(FileNotFoundException.class);
        }

        @Test
        void shouldNotMakeAGetBeanMethodReadOnly() {
            assertThat(UnitPolicy.forBeanMethod(method(HeroResource.class, "list"), HeroResource.class)
                            .readOnly())
                    .isFalse();
        }
    }

    @Nested
    class ForResourceMethod {

        @Test
        void shouldMakeGetAndHeadReadOnly() {
            assertThat(resourcePolicy("list", true).readOnly()).isTrue();
            assertThat(resourcePolicy("head", true).readOnly()).isTrue();
        }

        @Test
        void shouldKeepGetAndHeadWritableWhenReadOnlyReadsIsOff() {
            assertThat(resourcePolicy("list", false).readOnly()).isFalse();
            assertThat(resourcePolicy("head", false).readOnly()).isFalse();
        }

        @Test
        void shouldMakeOtherMethodsReadWrite() {
            assertThat(resourcePolicy("create", true).readOnly()).isFalse();
            assertThat(resourcePolicy("replace", true).readOnly()).isFalse();
            assertThat(resourcePolicy("remove", true).readOnly()).isFalse();
            assertThat(resourcePolicy("locator", true).readOnly()).isFalse();
        }

        @Test
        void shouldRunAUnitWithoutAnnotation() {
            UnitPolicy policy = resourcePolicy("list", true);

            assertThat(policy.enabled()).isTrue();
            assertThat(policy.rollbackOn()).isEmpty();
            assertThat(policy.dontRollbackOn()).isEmpty();
            assertThat(policy.owner()).isEqualTo("HeroResource.list");
        }

        @Test
        void shouldLetAnExplicitMethodAnnotationMakeAGetWritable() {
            assertThat(resourcePolicy("listAndTouch", true).readOnly()).isFalse();
        }

        @Test
        void shouldLetAnExplicitClassAnnotationMakeAGetWritable() {
            UnitPolicy policy = UnitPolicy.forResourceMethod(
                    method(AnnotatedResource.class, "list"), AnnotatedResource.class, true);

            assertThat(policy.readOnly()).isFalse();
        }

        @Test
        void shouldLetAnExplicitAnnotationMakeAPostReadOnly() {
            assertThat(resourcePolicy("search", false).readOnly()).isTrue();
            assertThat(UnitPolicy.forResourceMethod(
                                    method(ReadOnlyResource.class, "create"), ReadOnlyResource.class, false)
                            .readOnly())
                    .isTrue();
        }

        @Test
        void shouldBeDisabledByAnExplicitAnnotation() {
            UnitPolicy policy = resourcePolicy("listWithoutUnit", true);

            assertThat(policy.enabled()).isFalse();
            assertThat(policy).hasToString("no unit of work");
        }

        private UnitPolicy resourcePolicy(String name, boolean readOnlyReads) {
            return UnitPolicy.forResourceMethod(method(HeroResource.class, name), HeroResource.class, readOnlyReads);
        }
    }

    @Nested
    class RollsBackOn {

        @Test
        void shouldRollBackOnAnyExceptionByDefault() {
            UnitPolicy policy = UnitPolicy.forBeanMethod(method(PlainBean.class, "work"), PlainBean.class);

            assertThat(policy.rollsBackOn(new RuntimeException())).isTrue();
            assertThat(policy.rollsBackOn(new IOException())).isTrue();
            assertThat(policy.rollsBackOn(new AssertionError())).isTrue();
        }

        @Test
        void shouldRollBackOnlyOnListedExceptionsAndTheirSubclasses() {
            UnitPolicy policy = UnitPolicy.forBeanMethod(method(PlainBean.class, "checked"), PlainBean.class);

            assertThat(policy.rollsBackOn(new IOException())).isTrue();
            assertThat(policy.rollsBackOn(new SQLException())).isTrue();
            assertThat(policy.rollsBackOn(new SQLTimeoutException())).isTrue();
            assertThat(policy.rollsBackOn(new RuntimeException())).isFalse();
            assertThat(policy.rollsBackOn(new UncheckedIOException(new IOException())))
                    .isFalse();
        }

        @Test
        void shouldLetDontRollbackOnWin() {
            UnitPolicy policy = UnitPolicy.forBeanMethod(method(PlainBean.class, "io"), PlainBean.class);

            assertThat(policy.rollsBackOn(new IOException())).isTrue();
            assertThat(policy.rollsBackOn(new FileNotFoundException())).isFalse();
        }

        @Test
        void shouldNotRollBackOnSubclassesOfDontRollbackOn() {
            UnitPolicy policy = UnitPolicy.forBeanMethod(method(PlainBean.class, "tolerant"), PlainBean.class);

            assertThat(policy.rollsBackOn(new IllegalStateException())).isFalse();
            assertThat(policy.rollsBackOn(new ReadOnlyViolationException("x"))).isFalse();
            assertThat(policy.rollsBackOn(new IllegalArgumentException())).isTrue();
        }
    }

    @Nested
    class Transactor {

        @Test
        void shouldRunAReadWriteUnitNamedForTheDatabase() {
            UnitPolicy policy = UnitPolicy.transactor("replica");

            assertThat(policy.enabled()).isTrue();
            assertThat(policy.readOnly()).isFalse();
            assertThat(policy.owner()).isEqualTo("Transactor(replica)");
            assertThat(policy.rollsBackOn(new Exception())).isTrue();
        }
    }

    @Nested
    class ToString {

        @Test
        void shouldDescribeTheUnit() {
            assertThat(UnitPolicy.transactor("default")).hasToString("a read-write unit of work");
            assertThat(UnitPolicy.forBeanMethod(method(PlainBean.class, "read"), PlainBean.class))
                    .hasToString("a read-only unit of work");
            assertThat(UnitPolicy.forBeanMethod(method(PlainBean.class, "off"), PlainBean.class))
                    .hasToString("no unit of work");
        }
    }

    private static Method method(Class<?> type, String name) {
        try {
            return type.getDeclaredMethod(name);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }
}
