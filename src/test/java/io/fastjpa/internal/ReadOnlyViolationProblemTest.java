package io.fastjpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastjpa.internal.jaxrs.Problem;
import io.fastjpa.internal.jaxrs.Problems;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Lives here because {@link ReadOnlyViolationException}'s constructor is package-private. */
class ReadOnlyViolationProblemTest {

    private static final String SECRET = "SECRET persist(Hero) password=hunter2";

    @Test
    void shouldAnswerAWriteInAReadOnlyUnitWithItsOwnProblem() {
        Problem problem = Problems.of(new ReadOnlyViolationException(SECRET));

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.type()).isEqualTo("urn:fastjpa:problem:read-only-unit-of-work");
        assertThat(problem.title()).isEqualTo("Write in a read-only unit of work");
        assertThat(problem.detail())
                .isEqualTo("The server attempted a change in a read-only unit of work; nothing was saved.");
        assertThat(problem.retryAfterSeconds()).isNull();
    }

    @Test
    void shouldFindTheViolationAnywhereInTheCauseChain() {
        Throwable failure = new PersistenceException(SECRET, new ReadOnlyViolationException(SECRET));

        assertThat(Problems.of(failure).type()).isEqualTo("urn:fastjpa:problem:read-only-unit-of-work");
    }

    @Test
    void shouldPreferTheViolationOverASqlState() {
        Throwable failure = new ReadOnlyViolationException(SECRET);
        failure.initCause(new SQLException(SECRET, "23505"));

        assertThat(Problems.of(failure).status()).isEqualTo(500);
        assertThat(Problems.of(failure).type()).isEqualTo("urn:fastjpa:problem:read-only-unit-of-work");
    }

    @Test
    void shouldNotRepeatTheExceptionsMessage() {
        Problem problem = Problems.of(new ReadOnlyViolationException(SECRET));

        assertThat(problem.detail()).doesNotContain("SECRET", "hunter2", "Hero");
    }
}
