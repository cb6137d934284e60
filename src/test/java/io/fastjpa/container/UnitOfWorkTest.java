package io.fastjpa.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fastjpa.container.Units.CheckedFailure;
import io.fastjpa.container.Units.ExpectedFailure;
import io.fastjpa.container.Units.KeepChanges;
import io.fastjpa.internal.SessionManager;
import io.fastjpa.internal.SessionManager.RequestUnit;
import io.fastjpa.internal.UnitPolicy;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code @UnitOfWork} on bean methods outside requests: when it commits, when it rolls back, how units nest. */
@FastJpaContainerTest
class UnitOfWorkTest {

    @WeldSetup
    WeldInitiator weld = FastJpaWeld.of(Units.class, Tags.class, AnnotatedService.class);

    @Inject
    Units units;

    @Inject
    Tags tags;

    @Inject
    AnnotatedService annotatedService;

    @Inject
    SessionManager sessions;

    @Inject
    RequestContextController requestContext;

    private static final UnitPolicy READ_WRITE = new UnitPolicy(true, false, List.of(), List.of(), "a resource");

    @Nested
    class Commit {

        @Test
        void shouldCommitWhenTheMethodReturns(TestDatabase database) {
            units.run(entityManager -> entityManager.persist(new Tag("committed")));

            assertThat(database.tagNames()).containsExactly("committed");
        }

        @Test
        void shouldCommitChangesToManagedEntitiesWithoutExplicitSave(TestDatabase database) {
            long id = database.insertTag("old");

            units.run(entityManager -> entityManager.find(Tag.class, id).setName("new"));

            assertThat(database.tagNames()).containsExactly("new");
        }

        @Test
        void shouldCommitWhenAResponseBelow400IsReturned(TestDatabase database) {
            units.respond(entityManager -> {
                entityManager.persist(new Tag("created"));
                return Response.status(201).build();
            });

            assertThat(database.tagNames()).containsExactly("created");
        }

        @Test
        void shouldThrowAndKeepNothingWhenTheCommitFails(TestDatabase database) {
            assertThatThrownBy(() -> units.run(entityManager -> {
                        entityManager.persist(new Tag("twice"));
                        entityManager.persist(new Tag("twice"));
                    }))
                    // EclipseLink fails at commit (RollbackException); Hibernate's IDENTITY insert already at persist.
                    .isInstanceOf(PersistenceException.class);

            assertThat(database.tagNames()).isEmpty();
        }
    }

    @Nested
    class Rollback {

        @Test
        void shouldRollBackOnAnUncheckedException(TestDatabase database) {
            ExpectedFailure failure = new ExpectedFailure("unchecked");

            assertThatThrownBy(() -> units.run(entityManager -> {
                        entityManager.persist(new Tag("rolled-back"));
                        throw failure;
                    }))
                    .isSameAs(failure);

            assertThat(database.tagNames()).isEmpty();
        }

        @Test
        void shouldRollBackFlushedChangesOnAnException(TestDatabase database) {
            assertThatThrownBy(() -> units.run(entityManager -> {
                        entityManager.persist(new Tag("flushed"));
                        entityManager.flush();
                        throw new ExpectedFailure("after flush");
                    }))
                    .isInstanceOf(ExpectedFailure.class);

            assertThat(database.tagNames()).isEmpty();
        }

        @Test
        void shouldRollBackOnACheckedException(TestDatabase database) {
            CheckedFailure failure = new CheckedFailure("checked");

            assertThatThrownBy(() -> units.runChecked(entityManager -> {
                        entityManager.persist(new Tag("rolled-back"));
                        throw failure;
                    }))
                    .isSameAs(failure);

            assertThat(database.tagNames()).isEmpty();
        }

        @Test
        void shouldRollBackWhenAResponseWithStatus400OrMoreIsReturned(TestDatabase database) {
            Response response = units.respond(entityManager -> {
                entityManager.persist(new Tag("rolled-back"));
                return Response.status(409).build();
            });

            assertThat(response.getStatus()).isEqualTo(409);
            assertThat(database.tagNames()).isEmpty();
        }

        @Test
        void shouldRollBackOnAnExceptionListedInRollbackOn(TestDatabase database) {
            assertThatThrownBy(() -> units.runRollingBackOnExpectedFailureOnly(entityManager -> {
                        entityManager.persist(new Tag("rolled-back"));
                        throw new ExpectedFailure("listed");
                    }))
                    .isInstanceOf(ExpectedFailure.class);

            assertThat(database.tagNames()).isEmpty();
        }

        @Test
        void shouldCommitOnAnExceptionNotListedInRollbackOn(TestDatabase database) {
            assertThatThrownBy(() -> units.runRollingBackOnExpectedFailureOnly(entityManager -> {
                        entityManager.persist(new Tag("committed"));
                        throw new IllegalArgumentException("not listed");
                    }))
                    .isInstanceOf(IllegalArgumentException.class);

            assertThat(database.tagNames()).containsExactly("committed");
        }

        @Test
        void shouldCommitDespiteAnExceptionListedInDontRollbackOn(TestDatabase database) {
            assertThatThrownBy(() -> units.runKeepingChangesOnKeepChanges(entityManager -> {
                        entityManager.persist(new Tag("committed"));
                        throw new KeepChanges("keep");
                    }))
                    .isInstanceOf(KeepChanges.class);

            assertThat(database.tagNames()).containsExactly("committed");
        }

        @Test
        void shouldStillRollBackOnOtherExceptionsWhenDontRollbackOnIsSet(TestDatabase database) {
            assertThatThrownBy(() -> units.runKeepingChangesOnKeepChanges(entityManager -> {
                        entityManager.persist(new Tag("rolled-back"));
                        throw new ExpectedFailure("not kept");
                    }))
                    .isInstanceOf(ExpectedFailure.class);

            assertThat(database.tagNames()).isEmpty();
        }
    }

    @Nested
    class Nesting {

        @Test
        void shouldCommitOnlyWhenTheOutermostUnitEnds(TestDatabase database) {
            List<String> seenAfterInnerReturned = new ArrayList<>();

            units.run(outer -> {
                tags.addFlushed("inner");
                seenAfterInnerReturned.addAll(database.tagNames());
            });

            assertThat(seenAfterInnerReturned).isEmpty();
            assertThat(database.tagNames()).containsExactly("inner");
        }

        @Test
        void shouldCommitAnInnerUnitCalledOnItsOwn(TestDatabase database) {
            tags.addFlushed("alone");

            assertThat(database.tagNames()).containsExactly("alone");
        }

        @Test
        void shouldJoinTheOuterUnitsEntityManager() {
            List<EntityManager> entityManagers = new ArrayList<>();

            units.run(outer -> {
                entityManagers.add(Units.raw(outer));
                entityManagers.add(tags.rawEntityManagerInUnit());
            });

            assertThat(entityManagers.get(1)).isSameAs(entityManagers.get(0));
        }

        @Test
        void shouldRollBackTheWholeUnitWhenTheOuterUnitFailsAfterTheInnerReturned(TestDatabase database) {
            assertThatThrownBy(() -> units.run(outer -> {
                        tags.add("inner");
                        outer.persist(new Tag("outer"));
                        throw new ExpectedFailure("outer failed");
                    }))
                    .isInstanceOf(ExpectedFailure.class);

            assertThat(database.tagNames()).isEmpty();
        }

        @Test
        void shouldCommitWhenACaughtInnerFailureIsOneTheInnerUnitDoesNotRollBackOn(TestDatabase database) {
            units.run(outer -> {
                outer.persist(new Tag("outer"));
                try {
                    tags.addThenFailKeepingChanges("inner");
                } catch (KeepChanges caught) {
                    // fine by the inner unit's policy
                }
            });

            assertThat(database.tagNames()).containsExactly("inner", "outer");
        }
    }

    @Nested
    class CaughtInnerFailure {

        @Test
        void shouldRollBackTheWholeUnitAndTellTheCaller(TestDatabase database) {
            assertThatThrownBy(() -> units.run(outer -> {
                        outer.persist(new Tag("outer"));
                        try {
                            tags.addThenFail("inner");
                        } catch (ExpectedFailure caught) {
                            // the outer method carries on, but the unit as a whole has failed
                        }
                    }))
                    .isInstanceOf(RollbackException.class)
                    .hasMessageContaining("FASTJPA-064")
                    .cause()
                    .isInstanceOf(ExpectedFailure.class)
                    .hasMessage("adding inner failed");

            assertThat(database.tagNames()).isEmpty();
        }

        @Test
        void shouldRollBackQuietlyWhenTheOuterUnitAnswersWithAnErrorResponse(TestDatabase database) {
            Response response = units.respond(outer -> {
                outer.persist(new Tag("outer"));
                try {
                    tags.addThenFail("inner");
                } catch (ExpectedFailure caught) {
                    return Response.status(409).build();
                }
                return Response.ok().build();
            });

            assertThat(response.getStatus()).isEqualTo(409);
            assertThat(database.tagNames()).isEmpty();
        }

        @Test
        void shouldLetAReadOnlyUnitFallBack() {
            String result = units.callReadOnly(outer -> {
                try {
                    tags.addThenFail("inner");
                    return "added";
                } catch (RuntimeException caught) {
                    return "fallback";
                }
            });

            assertThat(result).isEqualTo("fallback");
        }

        @Test
        void shouldFailTheRequestUnitOfAResourceThatCaughtIt(TestDatabase database) {
            requestContext.activate();
            try {
                RequestUnit resourceUnit = sessions.beginRequestUnit(READ_WRITE);
                units.run(
                        resource -> { // the resource method, intercepted, joins the request's unit
                            resource.persist(new Tag("resource"));
                            try {
                                tags.addThenFail("service");
                            } catch (ExpectedFailure caught) {
                                // answers 201 regardless
                            }
                        });

                assertThatThrownBy(() -> resourceUnit.complete(201))
                        .isInstanceOf(RollbackException.class)
                        .hasMessageContaining("FASTJPA-064");
            } finally {
                requestContext.deactivate();
            }

            assertThat(database.tagNames()).isEmpty();
        }

        @Test
        void shouldKeepTheResponseOfAResourceWhoseOwnFailureWasMapped(TestDatabase database) {
            requestContext.activate();
            try {
                RequestUnit resourceUnit = sessions.beginRequestUnit(READ_WRITE);
                assertThatThrownBy(() -> units.run(resource -> {
                            resource.persist(new Tag("resource"));
                            throw new ExpectedFailure("mapped to a redirect");
                        }))
                        .isInstanceOf(ExpectedFailure.class);

                resourceUnit.complete(303);
            } finally {
                requestContext.deactivate();
            }

            assertThat(database.tagNames()).isEmpty();
        }
    }

    @Nested
    class SwitchedOff {

        @Test
        void shouldRunAMethodOfAnAnnotatedClassInAUnit(TestDatabase database) {
            annotatedService.add("in-unit");

            assertThat(database.tagNames()).containsExactly("in-unit");
        }

        @Test
        void shouldRunAMethodWithEnabledFalseWithoutAUnit(TestDatabase database) {
            assertThatThrownBy(() -> annotatedService.addWithoutUnit("no-unit"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("FASTJPA-010");

            assertThat(database.tagNames()).isEmpty();
        }

        @Test
        void shouldRunAMethodWithEnabledFalseInsideTheUnitOfItsCaller() {
            boolean active = units.call(entityManager -> {
                entityManager.find(Tag.class, 1L);
                return annotatedService.transactionActiveWithoutUnit();
            });

            assertThat(active).isTrue();
        }
    }

    @Nested
    class LazyBegin {

        @Inject
        EntityManagerFactory factory;

        @Test
        void shouldCreateNoEntityManagerForAUnitThatNeverUsesIt() {
            factory.close(); // from now on, creating an EntityManager fails

            String result = units.call(entityManager -> "no database needed");

            assertThat(result).isEqualTo("no database needed");
        }

        @Test
        void shouldCreateTheEntityManagerOnFirstUse() {
            factory.close();

            assertThatThrownBy(() -> units.call(entityManager -> entityManager.find(Tag.class, 1L)))
                    .isInstanceOf(IllegalStateException.class);
        }
    }
}
