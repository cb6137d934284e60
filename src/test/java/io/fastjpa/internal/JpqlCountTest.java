package io.fastjpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JpqlCountTest {

    @Nested
    class CountOfRootAlias {

        @Test
        void shouldCountASimpleSelect() {
            assertThat(JpqlCount.derive("SELECT h FROM Hero h")).hasValue("SELECT COUNT(h) FROM Hero h");
        }

        @Test
        void shouldCountAnAliasDeclaredWithAs() {
            assertThat(JpqlCount.derive("SELECT h FROM Hero AS h WHERE h.age > 30"))
                    .hasValue("SELECT COUNT(h) FROM Hero AS h WHERE h.age > 30");
        }

        @Test
        void shouldCountTheRootOfAJoin() {
            assertThat(JpqlCount.derive("SELECT t.name FROM Hero h JOIN h.team t WHERE t.name = :team"))
                    .hasValue("SELECT COUNT(h) FROM Hero h JOIN h.team t WHERE t.name = :team");
        }

        @Test
        void shouldCountTheRootOfALeftJoin() {
            assertThat(JpqlCount.derive("SELECT h, p FROM Hero h LEFT JOIN h.powers p ORDER BY h.id"))
                    .hasValue("SELECT COUNT(h) FROM Hero h LEFT JOIN h.powers p");
        }

        @Test
        void shouldCountAFetchJoinAsAPlainJoinWithAGeneratedAlias() {
            assertThat(JpqlCount.derive("SELECT h FROM Hero h LEFT JOIN FETCH h.team ORDER BY h.name"))
                    .hasValue("SELECT COUNT(h) FROM Hero h LEFT JOIN h.team fastjpa_fetch_1");
        }

        @Test
        void shouldKeepTheAliasOfAFetchJoin() {
            assertThat(JpqlCount.derive("SELECT h FROM Hero h JOIN FETCH h.powers AS p WHERE p.level > 3"))
                    .hasValue("SELECT COUNT(h) FROM Hero h JOIN h.powers AS p WHERE p.level > 3");
        }

        @Test
        void shouldGenerateOneAliasPerFetchJoinAndLeaveSubqueriesAlone() {
            assertThat(JpqlCount.derive("SELECT h FROM Hero h JOIN FETCH h.team LEFT JOIN FETCH h.powers WHERE"
                            + " EXISTS (SELECT f FROM Fan f JOIN FETCH f.club WHERE f.hero = h)"))
                    .hasValue("SELECT COUNT(h) FROM Hero h JOIN h.team fastjpa_fetch_1 LEFT JOIN h.powers"
                            + " fastjpa_fetch_2 WHERE EXISTS (SELECT f FROM Fan f JOIN FETCH f.club WHERE f.hero = h)");
        }

        @Test
        void shouldCountTheFirstRootOfSeveral() {
            assertThat(JpqlCount.derive("SELECT h FROM Hero h, Team t WHERE h.team = t"))
                    .hasValue("SELECT COUNT(h) FROM Hero h, Team t WHERE h.team = t");
        }

        @Test
        void shouldCountAFullyQualifiedEntity() {
            assertThat(JpqlCount.derive("SELECT h FROM io.heroes.Hero h"))
                    .hasValue("SELECT COUNT(h) FROM io.heroes.Hero h");
        }

        @Test
        void shouldCountTheImplicitThisAliasOfJpql32() {
            assertThat(JpqlCount.derive("SELECT this FROM Hero WHERE this.age > 3"))
                    .hasValue("SELECT COUNT(this) FROM Hero WHERE this.age > 3");
            assertThat(JpqlCount.derive("SELECT this FROM Hero")).hasValue("SELECT COUNT(this) FROM Hero");
        }

        @Test
        void shouldCountAConstructorSelection() {
            assertThat(JpqlCount.derive("SELECT NEW io.heroes.HeroDto(h.id, h.name) FROM Hero h ORDER BY h.id"))
                    .hasValue("SELECT COUNT(h) FROM Hero h");
        }

        @Test
        void shouldCountSeveralSelectedExpressions() {
            assertThat(JpqlCount.derive("SELECT h.name, h.age FROM Hero h")).hasValue("SELECT COUNT(h) FROM Hero h");
        }

        @Test
        void shouldNotMistakeAFromInsideAFunctionForTheTopLevelFrom() {
            assertThat(JpqlCount.derive("SELECT TRIM(LEADING 'x' FROM h.name) FROM Hero h"))
                    .hasValue("SELECT COUNT(h) FROM Hero h");
        }

        @Test
        void shouldNotMistakeEntitiesNamedOrderOrGroupForClauses() {
            assertThat(JpqlCount.derive("SELECT o FROM Order o ORDER BY o.id"))
                    .hasValue("SELECT COUNT(o) FROM Order o");
            assertThat(JpqlCount.derive("SELECT g FROM Group g")).hasValue("SELECT COUNT(g) FROM Group g");
        }
    }

    @Nested
    class Distinct {

        @Test
        void shouldCountTheDistinctEntity() {
            assertThat(JpqlCount.derive(
                            "SELECT DISTINCT h FROM Hero h JOIN h.powers p WHERE p.level > ?1 ORDER BY h.name"))
                    .hasValue("SELECT COUNT(DISTINCT h) FROM Hero h JOIN h.powers p WHERE p.level > ?1");
        }

        @Test
        void shouldCountADistinctPath() {
            assertThat(JpqlCount.derive("SELECT DISTINCT h.team.name FROM Hero h"))
                    .hasValue("SELECT COUNT(DISTINCT h.team.name) FROM Hero h");
        }

        @Test
        void shouldCountADistinctFunctionCall() {
            assertThat(JpqlCount.derive("SELECT DISTINCT CONCAT(h.name, ', from ') FROM Hero h"))
                    .hasValue("SELECT COUNT(DISTINCT CONCAT(h.name, ', from ')) FROM Hero h");
        }

        @Test
        void shouldGiveUpOnSeveralDistinctExpressions() {
            assertThat(JpqlCount.derive("SELECT DISTINCT h.name, h.age FROM Hero h"))
                    .isEmpty();
        }

        @Test
        void shouldGiveUpOnADistinctConstructor() {
            assertThat(JpqlCount.derive("SELECT DISTINCT NEW io.heroes.HeroDto(h.id, h.name) FROM Hero h"))
                    .isEmpty();
            assertThat(JpqlCount.derive("select distinct new io.heroes.HeroDto(h.id) from Hero h"))
                    .isEmpty();
        }
    }

    @Nested
    class GroupBy {

        @Test
        void shouldGiveUpOnGroupBy() {
            assertThat(JpqlCount.derive("SELECT t.name, COUNT(h) FROM Hero h JOIN h.team t GROUP BY t.name"))
                    .isEmpty();
        }

        @Test
        void shouldGiveUpOnGroupByWithHavingAndOrderBy() {
            assertThat(
                            JpqlCount.derive(
                                    "select t.name from Hero h join h.team t group by t.name having count(h) > 1 order by t.name"))
                    .isEmpty();
        }

        @Test
        void shouldIgnoreAGroupByInsideASubquery() {
            assertThat(JpqlCount.derive("SELECT t FROM Team t WHERE t.id IN"
                            + " (SELECT h.team.id FROM Hero h GROUP BY h.team.id HAVING COUNT(h) > 2) ORDER BY t.name"))
                    .hasValue("SELECT COUNT(t) FROM Team t WHERE t.id IN"
                            + " (SELECT h.team.id FROM Hero h GROUP BY h.team.id HAVING COUNT(h) > 2)");
        }

        @Test
        void shouldIgnoreAGroupByInsideALiteral() {
            assertThat(JpqlCount.derive("SELECT h FROM Hero h WHERE h.name = 'group by'"))
                    .hasValue("SELECT COUNT(h) FROM Hero h WHERE h.name = 'group by'");
        }
    }

    @Nested
    class SetOperations {

        @Test
        void shouldGiveUpOnAUnion() {
            assertThat(JpqlCount.derive("SELECT h.name FROM Hero h UNION SELECT v.name FROM Villain v ORDER BY 1"))
                    .isEmpty();
        }

        @Test
        void shouldGiveUpOnIntersectAndExcept() {
            assertThat(JpqlCount.derive("select h.name from Hero h intersect select v.name from Villain v"))
                    .isEmpty();
            assertThat(JpqlCount.derive("SELECT h.name FROM Hero h EXCEPT ALL SELECT v.name FROM Villain v"))
                    .isEmpty();
        }

        @Test
        void shouldIgnoreAUnionInsideALiteral() {
            assertThat(JpqlCount.derive("SELECT h FROM Hero h WHERE h.name = 'union'"))
                    .hasValue("SELECT COUNT(h) FROM Hero h WHERE h.name = 'union'");
        }
    }

    @Nested
    class OrderBy {

        @Test
        void shouldDropTheTopLevelOrderBy() {
            assertThat(JpqlCount.derive("SELECT h FROM Hero h WHERE h.age > 3 ORDER BY h.name ASC, h.id DESC"))
                    .hasValue("SELECT COUNT(h) FROM Hero h WHERE h.age > 3");
        }

        @Test
        void shouldKeepAnOrderByInsideAStringLiteral() {
            assertThat(JpqlCount.derive("SELECT h FROM Hero h WHERE h.name = 'order by x'"))
                    .hasValue("SELECT COUNT(h) FROM Hero h WHERE h.name = 'order by x'");
        }

        @Test
        void shouldKeepAnOrderByInsideALiteralAndDropTheRealOne() {
            assertThat(JpqlCount.derive("SELECT h FROM Hero h WHERE h.name = 'order by x' ORDER BY h.id"))
                    .hasValue("SELECT COUNT(h) FROM Hero h WHERE h.name = 'order by x'");
        }

        @Test
        void shouldKeepAnOrderByInsideASubquery() {
            assertThat(JpqlCount.derive(
                            "SELECT h FROM Hero h WHERE h.id IN (SELECT v.id FROM Villain v ORDER BY v.id)"))
                    .hasValue("SELECT COUNT(h) FROM Hero h WHERE h.id IN (SELECT v.id FROM Villain v ORDER BY v.id)");
        }

        @Test
        void shouldKeepTheLayoutOfAMultiLineStatement() {
            assertThat(JpqlCount.derive("SELECT h\n  FROM Hero h\n WHERE h.age > 1\n ORDER BY h.id"))
                    .hasValue("SELECT COUNT(h) FROM Hero h\n WHERE h.age > 1");
        }
    }

    @Nested
    class Literals {

        @Test
        void shouldKeepALiteralWithDoubledQuotes() {
            assertThat(JpqlCount.derive("SELECT h FROM Hero h WHERE h.name = 'O''Brien from group by' ORDER BY h.name"))
                    .hasValue("SELECT COUNT(h) FROM Hero h WHERE h.name = 'O''Brien from group by'");
        }

        @Test
        void shouldKeepALiteralThatIsOnlyAQuote() {
            assertThat(JpqlCount.derive("SELECT h FROM Hero h WHERE h.name <> '''' ORDER BY h.id"))
                    .hasValue("SELECT COUNT(h) FROM Hero h WHERE h.name <> ''''");
        }

        @Test
        void shouldKeepAnEmptyLiteral() {
            assertThat(JpqlCount.derive("SELECT h FROM Hero h WHERE h.name <> ''"))
                    .hasValue("SELECT COUNT(h) FROM Hero h WHERE h.name <> ''");
        }

        @Test
        void shouldKeepALiteralWithParenthesesAndParameterLikeText() {
            assertThat(JpqlCount.derive("SELECT h FROM Hero h WHERE h.name = ':x (?1' ORDER BY h.id"))
                    .hasValue("SELECT COUNT(h) FROM Hero h WHERE h.name = ':x (?1'");
        }
    }

    @Nested
    class Parameters {

        @Test
        void shouldKeepNamedAndPositionalParameters() {
            assertThat(
                            JpqlCount.derive(
                                    "SELECT h FROM Hero h WHERE h.name LIKE :name AND h.age > ?1 AND h.age < :name2 ORDER BY h.id"))
                    .hasValue("SELECT COUNT(h) FROM Hero h WHERE h.name LIKE :name AND h.age > ?1 AND h.age < :name2");
        }

        @Test
        void shouldKeepParametersWrittenWithoutSpaces() {
            assertThat(JpqlCount.derive("SELECT h FROM Hero h WHERE h.age>?2 AND h.team.id=:team"))
                    .hasValue("SELECT COUNT(h) FROM Hero h WHERE h.age>?2 AND h.team.id=:team");
        }
    }

    @Nested
    class Subqueries {

        @Test
        void shouldKeepASubqueryInWhere() {
            assertThat(JpqlCount.derive("SELECT h FROM Hero h WHERE EXISTS"
                            + " (SELECT p FROM Power p WHERE p.hero = h AND p.level > :level) ORDER BY h.name"))
                    .hasValue("SELECT COUNT(h) FROM Hero h WHERE EXISTS"
                            + " (SELECT p FROM Power p WHERE p.hero = h AND p.level > :level)");
        }

        @Test
        void shouldKeepNestedSubqueries() {
            assertThat(JpqlCount.derive("SELECT h FROM Hero h WHERE h.team.id IN (SELECT t.id FROM Team t"
                            + " WHERE t.size > (SELECT AVG(x.size) FROM Team x)) ORDER BY h.id"))
                    .hasValue("SELECT COUNT(h) FROM Hero h WHERE h.team.id IN (SELECT t.id FROM Team t"
                            + " WHERE t.size > (SELECT AVG(x.size) FROM Team x))");
        }
    }

    @Nested
    class KeywordCase {

        @Test
        void shouldAcceptLowercaseKeywords() {
            assertThat(JpqlCount.derive("select h from Hero h where h.age > :age order by h.age desc"))
                    .hasValue("SELECT COUNT(h) from Hero h where h.age > :age");
        }

        @Test
        void shouldAcceptMixedCaseKeywords() {
            assertThat(JpqlCount.derive("Select Distinct h From Hero As h Order By h.id"))
                    .hasValue("SELECT COUNT(DISTINCT h) From Hero As h");
        }

        @Test
        void shouldAcceptLeadingWhitespace() {
            assertThat(JpqlCount.derive("  \n SELECT h FROM Hero h")).hasValue("SELECT COUNT(h) FROM Hero h");
        }
    }

    @Nested
    class Errors {

        @ParameterizedTest
        @ValueSource(strings = {"UPDATE Hero h SET h.age = 1", "DELETE FROM Hero h", "FROM Hero h", "", "   "})
        void shouldRejectAStatementThatIsNotASelect(String jpql) {
            assertThatThrownBy(() -> JpqlCount.derive(jpql))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("FASTJPA-090: only SELECT statements can be paged: " + jpql);
        }

        @Test
        void shouldRejectASelectWithoutFrom() {
            assertThatThrownBy(() -> JpqlCount.derive("SELECT 1"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("FASTJPA-091: the statement has no top-level FROM: SELECT 1");
        }

        @Test
        void shouldRejectASelectWhoseOnlyFromIsInASubquery() {
            assertThatThrownBy(() -> JpqlCount.derive("SELECT (SELECT COUNT(h) FROM Hero h)"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("FASTJPA-091:");
        }

        @Test
        void shouldRejectAnUnterminatedLiteral() {
            String jpql = "SELECT h FROM Hero h WHERE h.name = 'O''Brien";

            assertThatThrownBy(() -> JpqlCount.derive(jpql))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("FASTJPA-092: unterminated string literal in: " + jpql);
        }

        @Test
        void shouldRejectALiteralThatHidesTheFrom() {
            assertThatThrownBy(() -> JpqlCount.derive("SELECT h ' FROM Hero h"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("FASTJPA-092:");
        }
    }
}
