package dev.stride.adapters.web.security;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The loops allow exactly what StrictHttpFirewall's own expressions allow: an attacker's header passes neither or both. */
class FirewallCharactersTest {

    // Spring Security 7's StrictHttpFirewall, verbatim
    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern HEADER_VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCodePointIsJudgedAsTheFirewallsExpressionsJudgeIt() {
        IntStream.rangeClosed(0, Character.MAX_CODE_POINT).forEach(codePoint -> {
            String text = "a" + Character.toString(codePoint) + "b";
            assertThat(FirewallCharacters.isAllowedName(text)).as("U+%04X in a name", codePoint)
                    .isEqualTo(NAMES.matcher(text).matches());
            assertThat(FirewallCharacters.isAllowedHeaderValue(text)).as("U+%04X in a header value", codePoint)
                    .isEqualTo(HEADER_VALUES.matcher(text).matches());
        });
    }

    @Test
    void unpairedSurrogatesTabsAndControlsAreJudgedAsByTheExpressions() {
        for (String text : List.of("", "Bearer eyJ.x-y_z", "\uD83C\uDFC3 run", "lone \uD800 high", "lone \uDC00 low",
                "tab\there", "nul\u0000", "del\u007F", "c1\u0085", "line\nfeed", "\uDC00\uD800")) {
            assertThat(FirewallCharacters.isAllowedName(text)).as(text).isEqualTo(NAMES.matcher(text).matches());
            assertThat(FirewallCharacters.isAllowedHeaderValue(text)).as(text).isEqualTo(HEADER_VALUES.matcher(text).matches());
        }
        assertThat(FirewallCharacters.isAllowedHeaderValue("tab\there")).isTrue();
        assertThat(FirewallCharacters.isAllowedName("tab\there")).isFalse();
    }
}
