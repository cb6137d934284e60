package io.fastjpa.internal.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * HikariCP is optional: no compiled class of the library may reference it except {@code HikariPools}, which is loaded
 * only when HikariCP is present. Checked in the class files' constant pools, where every referenced class is named.
 */
class HikariOnlyInPoolPackageTest {

    private static final byte[] HIKARI = "com/zaxxer/".getBytes(StandardCharsets.US_ASCII);

    @Test
    void shouldReferenceHikariFromHikariPoolsOnly() throws Exception {
        Path classes = Path.of(
                Pools.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> referencing;
        try (Stream<Path> files = Files.walk(classes)) {
            referencing = files.filter(file -> file.toString().endsWith(".class"))
                    .filter(HikariOnlyInPoolPackageTest::referencesHikari)
                    .map(file -> classes.relativize(file).toString().replace('\\', '/'))
                    .toList();
        }

        assertThat(referencing).containsExactly("io/fastjpa/internal/pool/HikariPools.class");
    }

    @Test
    void shouldFindTheReferenceWhereItIs() throws URISyntaxException {
        Path hikariPools = Path.of(Pools.class.getResource("HikariPools.class").toURI());

        assertThat(referencesHikari(hikariPools)).isTrue();
    }

    private static boolean referencesHikari(Path classFile) {
        try {
            byte[] bytes = Files.readAllBytes(classFile);
            for (int i = 0; i <= bytes.length - HIKARI.length; i++) {
                if (matchesAt(bytes, i)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean matchesAt(byte[] bytes, int start) {
        for (int j = 0; j < HIKARI.length; j++) {
            if (bytes[start + j] != HIKARI[j]) {
                return false;
            }
        }
        return true;
    }
}
