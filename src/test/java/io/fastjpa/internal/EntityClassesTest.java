package io.fastjpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastjpa.container.Book;
import io.fastjpa.container.Note;
import io.fastjpa.container.Shelf;
import io.fastjpa.container.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityClassesTest {

    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void findsTheEntitiesOfADirectoryAndNothingElse() {
        URL testClasses = FastJpaExtension.rootOf(Book.class).orElseThrow();

        List<String> found = EntityClasses.in(List.of(testClasses), loader);

        assertThat(found)
                .contains(Book.class.getName(), Note.class.getName(), Shelf.class.getName(), Tag.class.getName())
                .doesNotContain(getClass().getName(), "io.fastjpa.container.AnnotatedService")
                .isSorted()
                .allSatisfy(name -> assertThat(
                                Class.forName(name, false, loader).getAnnotations())
                        .anyMatch(a -> a.annotationType().getPackageName().equals("jakarta.persistence")));
    }

    @Test
    void findsTheEntitiesOfAJar(@TempDir Path directory) throws IOException {
        Path jar = directory.resolve("entities.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            copy(out, Book.class);
            copy(out, getClass());
        }

        assertThat(EntityClasses.in(List.of(jar.toUri().toURL()), loader)).containsExactly(Book.class.getName());
    }

    @Test
    void skipsRootsThatAreNoFiles(@TempDir Path directory) throws IOException {
        URL missing = directory.resolve("missing").toUri().toURL();

        assertThat(EntityClasses.in(List.of(new URL("http://127.0.0.1:9/app.jar"), missing), loader))
                .isEmpty();
    }

    private static void copy(JarOutputStream out, Class<?> type) throws IOException {
        String name = type.getName().replace('.', '/') + ".class";
        out.putNextEntry(new JarEntry(name));
        try (InputStream in = type.getClassLoader().getResourceAsStream(name)) {
            in.transferTo(out);
        }
        out.closeEntry();
    }
}
