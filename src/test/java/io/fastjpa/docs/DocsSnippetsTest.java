package io.fastjpa.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks that the code the documentation shows is the code that compiles and runs. In {@code docs/*.md}:
 *
 * <ul>
 *   <li>{@code <!-- snippet: ClassName#name -->} before a fenced block: the block is the region between
 *       {@code // tag::name[]} and {@code // end::name[]} of {@code src/test/java/io/fastjpa/docs/ClassName.java};
 *   <li>{@code <!-- file: path -->} before a fenced block: the block is that whole file of the repository, such as
 *       one of the heroes example.
 * </ul>
 *
 * Both sides are compared after stripping their common leading indentation. Every {@code java} block must carry one
 * of these markers.
 */
class DocsSnippetsTest {

    private static final Path DOCS = Path.of("docs");
    private static final Path SNIPPETS = Path.of("src/test/java/io/fastjpa/docs");
    private static final Pattern MARKER = Pattern.compile("^<!-- (snippet|file): (\\S+) -->$");
    private static final Pattern FENCE = Pattern.compile("^```(\\S*)$");

    @TestFactory
    Stream<DynamicTest> shouldQuoteCompiledCodeExactly() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path page : pages()) {
            for (Quote quote : quotes(page)) {
                tests.add(DynamicTest.dynamicTest(
                        page.getFileName() + ":" + quote.line() + " " + quote.source(), () -> assertThat(quote.block())
                                .as("%s line %d quotes %s", page, quote.line(), quote.source())
                                .isEqualTo(quote.expected())));
            }
        }
        assertThat(tests).as("snippet markers in docs/*.md").isNotEmpty();
        return tests.stream();
    }

    @Test
    void shouldMarkEveryJavaBlock() {
        for (Path page : pages()) {
            List<String> lines = read(page);
            boolean inBlock = false;
            for (int i = 0; i < lines.size(); i++) {
                Matcher fence = FENCE.matcher(lines.get(i));
                if (!fence.matches()) {
                    continue;
                }
                if (!inBlock && fence.group(1).equals("java")) {
                    assertThat(markerBefore(lines, i))
                            .as(
                                    "%s line %d: a java block needs a <!-- snippet: ... --> or <!-- file: ... --> marker",
                                    page, i + 1)
                            .isNotNull();
                }
                inBlock = !inBlock;
            }
        }
    }

    @Test
    void shouldQuoteTheVersionsTheBuildUses() {
        String quickstart = String.join("\n", read(DOCS.resolve("quickstart.md")));
        String pom = String.join("\n", read(Path.of("pom.xml")));
        Matcher dependency = Pattern.compile(
                        "<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(quickstart);
        int checked = 0;
        while (dependency.find()) {
            String artifact = dependency.group(1) + ":" + dependency.group(2);
            assertThat(dependency.group(3))
                    .as(artifact)
                    .isEqualTo(buildVersion(pom, dependency.group(1), dependency.group(2)));
            checked++;
        }
        assertThat(checked).as("dependencies quoted in quickstart.md").isGreaterThanOrEqualTo(7);
    }

    // The version pom.xml uses: the project's own, or the managed one through its property.
    private static String buildVersion(String pom, String groupId, String artifactId) {
        if (artifactId.equals("fastjpa")) {
            return match(pom, "<artifactId>fastjpa</artifactId>\\s*<version>([^<]+)</version>", groupId, artifactId);
        }
        String property = match(
                pom,
                "<groupId>" + Pattern.quote(groupId) + "</groupId>\\s*<artifactId>" + Pattern.quote(artifactId)
                        + "</artifactId>\\s*<version>\\$\\{([^}]+)}</version>",
                groupId,
                artifactId);
        return match(pom, "<" + Pattern.quote(property) + ">([^<]+)</", groupId, artifactId);
    }

    private static String match(String text, String regex, String groupId, String artifactId) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            fail("pom.xml has no version for " + groupId + ":" + artifactId);
        }
        return matcher.group(1);
    }

    private record Quote(int line, String source, String block, String expected) {}

    private static List<Quote> quotes(Path page) {
        List<String> lines = read(page);
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = MARKER.matcher(lines.get(i).trim());
            if (!marker.matches()) {
                continue;
            }
            String source = marker.group(2);
            String expected =
                    marker.group(1).equals("snippet") ? taggedRegion(source) : String.join("\n", read(Path.of(source)));
            quotes.add(new Quote(i + 1, source, normalize(blockAfter(page, lines, i)), normalize(expected)));
        }
        return quotes;
    }

    private static String markerBefore(List<String> lines, int fenceIndex) {
        for (int i = fenceIndex - 1; i >= 0; i--) {
            String line = lines.get(i).trim();
            if (!line.isEmpty()) {
                return MARKER.matcher(line).matches() ? line : null;
            }
        }
        return null;
    }

    // The fenced block right after a marker; only blank lines may come between them.
    private static String blockAfter(Path page, List<String> lines, int markerIndex) {
        int i = markerIndex + 1;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i >= lines.size() || !FENCE.matcher(lines.get(i)).matches()) {
            fail(page + " line " + (markerIndex + 1) + ": the marker is not followed by a fenced block");
        }
        List<String> block = new ArrayList<>();
        for (i++; i < lines.size() && !lines.get(i).equals("```"); i++) {
            block.add(lines.get(i));
        }
        if (i >= lines.size()) {
            fail(page + " line " + (markerIndex + 1) + ": the fenced block is not closed");
        }
        return String.join("\n", block);
    }

    private static String taggedRegion(String source) {
        int hash = source.indexOf('#');
        if (hash < 0) {
            fail("snippet " + source + " must be ClassName#name");
        }
        Path file = SNIPPETS.resolve(source.substring(0, hash) + ".java");
        String tag = source.substring(hash + 1);
        List<String> region = new ArrayList<>();
        boolean inside = false;
        boolean found = false;
        for (String line : read(file)) {
            String trimmed = line.trim();
            if (trimmed.equals("// tag::" + tag + "[]")) {
                inside = true;
                found = true;
            } else if (trimmed.equals("// end::" + tag + "[]")) {
                inside = false;
            } else if (inside && !trimmed.matches("// (tag|end)::[\\w-]+\\[]")) {
                region.add(line);
            }
        }
        if (!found) {
            fail(file + " has no region // tag::" + tag + "[]");
        }
        return String.join("\n", region);
    }

    /** Without trailing blanks, leading and trailing empty lines, and the indentation common to all lines. */
    static String normalize(String text) {
        List<String> lines =
                new ArrayList<>(text.lines().map(String::stripTrailing).toList());
        while (!lines.isEmpty() && lines.get(0).isEmpty()) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        int indent = lines.stream()
                .filter(line -> !line.isEmpty())
                .mapToInt(line -> line.length() - line.stripLeading().length())
                .min()
                .orElse(0);
        return String.join(
                "\n",
                lines.stream()
                        .map(line -> line.isEmpty() ? line : line.substring(indent))
                        .toList());
    }

    private static List<Path> pages() {
        try (Stream<Path> files = Files.list(DOCS)) {
            return files.filter(file -> file.toString().endsWith(".md"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
