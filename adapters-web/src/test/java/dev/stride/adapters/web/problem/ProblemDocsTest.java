package dev.stride.adapters.web.problem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/problems.md, which the type URIs resolve to, explains every problem type Stride sends, and nothing else. */
class ProblemDocsTest {

    private static final Map<String, String> SECTIONS = ProblemPages.sections(ProblemPages.markdown());

    @Test
    void everySectionIsAProblemType() {
        assertThat(SECTIONS.keySet()).as("sections of docs/problems.md without a ProblemType")
                .isSubsetOf(Arrays.stream(ProblemType.values()).map(ProblemType::slug).toList());
    }

    @ParameterizedTest
    @EnumSource(ProblemType.class)
    void everyProblemTypeHasASectionWithItsStatusAndTitle(ProblemType type) {
        String section = SECTIONS.get(type.slug());

        assertThat(section).as("a section '## %s' in docs/problems.md", type.slug()).isNotNull();
        assertThat(item(section, "Status")).isEqualTo(String.valueOf(type.status().value()));
        assertThat(item(section, "Title")).isEqualTo(type.title());
        assertThat(section).as("says when it is sent and what a client should do").contains("- When: ", "- What to do: ");
    }

    private static String item(String section, String name) {
        Matcher item = Pattern.compile("^- " + name + ": (.+)$", Pattern.MULTILINE).matcher(section);
        assertThat(item.find()).as("a line '- %s: ...'", name).isTrue();
        return item.group(1).strip();
    }
}
