package io.fastjpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DatabaseStarterTest {

    @Nested
    class Masked {

        @Test
        void shouldMaskAQueryParameterPassword() {
            assertThat(DatabaseStarter.masked("jdbc:postgresql://db/heroes?user=app&password=hunter2&ssl=true"))
                    .isEqualTo("jdbc:postgresql://db/heroes?user=app&password=****&ssl=true");
        }

        @Test
        void shouldMaskAPasswordAtTheEnd() {
            assertThat(DatabaseStarter.masked("jdbc:postgresql://db/heroes?password=hunter2"))
                    .isEqualTo("jdbc:postgresql://db/heroes?password=****");
        }

        @Test
        void shouldMaskASemicolonSeparatedPassword() {
            assertThat(DatabaseStarter.masked("jdbc:sqlserver://db;user=app;password=hunter2;encrypt=true"))
                    .isEqualTo("jdbc:sqlserver://db;user=app;password=****;encrypt=true");
        }

        @Test
        void shouldMaskEveryOccurrence() {
            assertThat(DatabaseStarter.masked("jdbc:x://db?password=one&sslpassword=two;PASSWORD=three"))
                    .isEqualTo("jdbc:x://db?password=****&sslpassword=****;PASSWORD=****");
        }

        @Test
        void shouldMatchTheKeyInAnyCaseAndKeepItsSpelling() {
            assertThat(DatabaseStarter.masked("jdbc:h2:tcp://db/heroes;PassWord=hunter2;MODE=LEGACY"))
                    .isEqualTo("jdbc:h2:tcp://db/heroes;PassWord=****;MODE=LEGACY");
        }

        @Test
        void shouldNotLeakAnyPartOfThePassword() {
            assertThat(DatabaseStarter.masked("jdbc:x://db?password=hunter2&password=hunter3"))
                    .doesNotContain("hunter");
        }

        @Test
        void shouldLeaveAUrlWithoutPasswordUnchanged() {
            String url = "jdbc:h2:mem:fastjpa;DB_CLOSE_DELAY=-1;MODE=LEGACY";

            assertThat(DatabaseStarter.masked(url)).isSameAs(url);
        }

        @Test
        void shouldLeaveAUserParameterUnchanged() {
            assertThat(DatabaseStarter.masked("jdbc:postgresql://db/heroes?user=password"))
                    .isEqualTo("jdbc:postgresql://db/heroes?user=password");
        }
    }
}
