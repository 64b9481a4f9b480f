package dev.stride.archfixtures.adapters.web;

import dev.stride.archfixtures.bootstrap.Settings;

public final class BadReadsBootstrapSettings {

    public String location(Settings settings, long id) {
        return settings.baseUrl() + "/workouts/" + id;
    }
}
