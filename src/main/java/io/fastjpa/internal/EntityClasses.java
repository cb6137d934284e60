package io.fastjpa.internal;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * Finds the managed classes (entities, embeddables, mapped superclasses, converters) under the application's roots,
 * for a provider that cannot scan them itself: Hibernate 7 scans only with {@code hibernate-scan-jandex}, which
 * neither every application nor WildFly Preview's Hibernate module has.
 */
final class EntityClasses {

    private static final List<Class<? extends Annotation>> MANAGED =
            List.of(Entity.class, Embeddable.class, MappedSuperclass.class, Converter.class);

    // The annotations' type descriptors as they stand in a class file's constant pool: a class without any of them
    // cannot carry the annotation, so only the few classes that have one are loaded to be sure.
    private static final List<byte[]> DESCRIPTORS = MANAGED.stream()
            .map(type -> ("L" + type.getName().replace('.', '/') + ";").getBytes(StandardCharsets.UTF_8))
            .toList();

    private EntityClasses() {}

    /**
     * @param roots directories and jar files ({@code file:} URLs); other URLs are skipped
     * @param loader loads the candidates, without initializing them
     * @return the names of the managed classes found, sorted
     */
    static List<String> in(List<URL> roots, ClassLoader loader) {
        TreeSet<String> found = new TreeSet<>();
        for (URL root : roots) {
            Path path = path(root);
            if (path == null) {
                Messages.LOG.fine(() -> "FASTJPA-058: not a file, not scanned for entities: " + root);
            } else if (Files.isDirectory(path)) {
                directory(path, loader, found);
            } else if (Files.isRegularFile(path)) {
                jar(path, loader, found);
            }
        }
        return List.copyOf(found);
    }

    private static Path path(URL root) {
        if (!"file".equals(root.getProtocol())) {
            return null;
        }
        try {
            return Path.of(root.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static void directory(Path directory, ClassLoader loader, TreeSet<String> found) {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                if (mentionsManaged(Files.readAllBytes(file))) {
                    String relative = directory
                            .relativize(file)
                            .toString()
                            .replace(file.getFileSystem().getSeparator(), "/");
                    check(relative, loader, found);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan " + directory + " for entities", e);
        }
    }

    private static void jar(Path file, ClassLoader loader, TreeSet<String> found) {
        try (JarFile jar = new JarFile(file.toFile())) {
            List<JarEntry> classes = new ArrayList<>();
            jar.stream().filter(e -> e.getName().endsWith(".class")).forEach(classes::add);
            for (JarEntry entry : classes) {
                try (InputStream in = jar.getInputStream(entry)) {
                    if (mentionsManaged(in.readAllBytes())) {
                        check(entry.getName(), loader, found);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan " + file + " for entities", e);
        }
    }

    private static void check(String classFile, ClassLoader loader, TreeSet<String> found) {
        String name =
                classFile.substring(0, classFile.length() - ".class".length()).replace('/', '.');
        if (name.endsWith("module-info") || name.endsWith("package-info")) {
            return;
        }
        try {
            Class<?> type = Class.forName(name, false, loader);
            if (MANAGED.stream().anyMatch(type::isAnnotationPresent)) {
                found.add(name);
            }
        } catch (ClassNotFoundException | LinkageError e) {
            // A class that names an annotation but cannot be loaded is not one the provider could map either.
            Messages.LOG.log(Level.FINE, "FASTJPA-058: cannot load " + name + " to look for entities", e);
        }
    }

    private static boolean mentionsManaged(byte[] bytes) {
        for (byte[] descriptor : DESCRIPTORS) {
            if (indexOf(bytes, descriptor) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
