package dev.stride.application.testing;

import dev.stride.domain.port.PasswordHasher;

/** A reversible "hash" that keeps use-case tests fast. Never wired outside tests. */
public class PlainTextPasswordHasher implements PasswordHasher {

    @Override
    public String hash(String rawPassword) {
        return "plain:" + rawPassword;
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        return hash.equals("plain:" + rawPassword);
    }

    @Override
    public boolean needsRehash(String hash) {
        return false;
    }
}
