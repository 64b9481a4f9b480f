package dev.stride.adapters.web.problem;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;

/**
 * {@code docs/problems.md}, which the build puts beside this class, as the HTML pages a problem's
 * {@code type} resolves to: one per {@code ## <type>} section, and the whole file. Read and rendered
 * once.
 */
final class ProblemPages {

    /** Where the whole file is served; a type's page is below it, at its type URI. */
    static final String ALL = "/problems";
    static final String RESOURCE = "problems.md";
    private static final String SECTION = "## ";

    private final String all;
    private final Map<String, String> sections;

    private ProblemPages(String all, Map<String, String> sections) {
        this.all = all;
        this.sections = Map.copyOf(sections);
    }

    static ProblemPages load() {
        String markdown = markdown();
        Map<String, String> pages = new LinkedHashMap<>();
        sections(markdown).forEach((type, section) -> pages.put(type, html("Stride problem type " + type,
                section + "\n\n[All problem types](" + ALL + ")\n")));
        return new ProblemPages(html("Stride's problem types", markdown), pages);
    }

    String all() {
        return all;
    }

    Optional<String> section(String type) {
        return Optional.ofNullable(sections.get(type));
    }

    /** The markdown of each {@code ## <type>} section, by type, in the file's order. */
    static SequencedMap<String, String> sections(String markdown) {
        SequencedMap<String, String> sections = new LinkedHashMap<>();
        String[] parts = ("\n" + markdown).split("\n(?=" + SECTION + ")");
        for (int i = 1; i < parts.length; i++) {
            String heading = parts[i].lines().findFirst().orElseThrow();
            sections.put(heading.substring(SECTION.length()).strip(), parts[i].strip());
        }
        return sections;
    }

    static String markdown() {
        try (InputStream in = ProblemPages.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath beside " + ProblemPages.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String html(String title, String markdown) {
        String body = HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%s</title></head>
                <body>
                %s</body></html>
                """.formatted(title, body);
    }
}
