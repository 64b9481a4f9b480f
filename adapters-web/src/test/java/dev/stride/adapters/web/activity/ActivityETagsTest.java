package dev.stride.adapters.web.activity;

import dev.stride.domain.shared.PreconditionFailedException;
import dev.stride.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.function.IntSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActivityETagsTest {

    private static final IntSupplier NOT_ASKED = () -> {
        throw new AssertionError("the current version was not needed");
    };

    @Test
    void theETagIsTheVersionInQuotes() {
        assertThat(ActivityETags.of(3)).isEqualTo("\"3\"");
    }

    @Test
    void noIfMatchOrAStarExpectsNothing() {
        assertThat(ActivityETags.expectedVersion(null, NOT_ASKED)).isNull();
        assertThat(ActivityETags.expectedVersion(" * ", NOT_ASKED)).isNull();
    }

    @Test
    void oneStrongTagIsTheExpectedVersion() {
        assertThat(ActivityETags.expectedVersion("\"3\"", NOT_ASKED)).isEqualTo(3);
        assertThat(ActivityETags.expectedVersion(" \"12\" ", NOT_ASKED)).isEqualTo(12);
    }

    @Test
    void severalTagsMatchWhenOneOfThemIsCurrent() {
        assertThat(ActivityETags.expectedVersion("\"2\", \"5\",W/\"7\"", () -> 5)).isEqualTo(5);
        assertThatThrownBy(() -> ActivityETags.expectedVersion("\"2\", \"5\"", () -> 6))
                .isInstanceOf(PreconditionFailedException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"W/\"3\"", "\"abc\"", "\"\"", "\"99999999999\"", "\"-1\"", "\"a,b\""})
    void tagsThatCanNeverMatchStronglyFailThePrecondition(String ifMatch) {
        assertThatThrownBy(() -> ActivityETags.expectedVersion(ifMatch, () -> 3))
                .isInstanceOf(PreconditionFailedException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "\"3", "\"3\" \"4\"", "W/3", "**", "\"3\"x"})
    void aHeaderThatIsNoListOfTagsIsInvalid(String ifMatch) {
        assertThatThrownBy(() -> ActivityETags.expectedVersion(ifMatch, () -> 3))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations().getFirst().field()).isEqualTo("If-Match"));
    }
}
