package dev.stride.archfixtures.domain.workout;

import org.springframework.util.Assert;

public final class BadUsesSpring {

    public static void requireName(String name) {
        Assert.hasText(name, "a workout needs a name");
    }
}
