package dev.stride.archfixtures.bootstrap;

public record Settings(String baseUrl) {
}
