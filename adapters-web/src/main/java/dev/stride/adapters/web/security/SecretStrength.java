package dev.stride.adapters.web.security;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Why a configured signing secret is too weak to sign tokens, if it is: shorter than 32 bytes, a
 * handful of characters repeated, or words (a passphrase). An HMAC key is only as strong as it is
 * hard to guess, and anyone holding the key mints tokens for any account, the admin's included.
 * These are heuristics against the obvious, not an entropy proof: a key should come from a random
 * generator ({@code openssl rand -base64 48}).
 */
final class SecretStrength {

    static final int MIN_BYTES = 32;
    /** The estimate below is what a secret of 32 random base64 characters comfortably exceeds. */
    private static final double MIN_ESTIMATED_BITS = 128;
    private static final String ADVICE = "; generate a random one, e.g. `openssl rand -base64 48`";

    private SecretStrength() {
    }

    static Optional<String> weakness(String secret) {
        int bytes = secret.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < MIN_BYTES) {
            return Optional.of("must be at least " + MIN_BYTES + " bytes (256 bits) for HS256, but it has " + bytes + ADVICE);
        }
        if (looksLikeWords(secret)) {
            return Optional.of("looks like a passphrase (words), not a random key" + ADVICE);
        }
        if (estimatedBits(secret) < MIN_ESTIMATED_BITS) {
            return Optional.of("repeats too few characters to be a random key" + ADVICE);
        }
        return Optional.empty();
    }

    /**
     * Three or more lower-case or capitalised words (3+ letters, not all of them hex digits, so that a
     * hex-encoded key is no passphrase) that make up at least half of the secret.
     */
    private static boolean looksLikeWords(String secret) {
        String[] words = Arrays.stream(secret.split("[^\\p{L}]+"))
                .filter(word -> word.length() >= 3 && word.substring(1).chars().allMatch(Character::isLowerCase))
                .filter(word -> word.chars().anyMatch(c -> Character.toLowerCase(c) > 'f'))
                .toArray(String[]::new);
        int letters = Arrays.stream(words).mapToInt(String::length).sum();
        return words.length >= 3 && letters * 2 >= secret.length();
    }

    /** Length times the Shannon entropy of the secret's own character frequencies. */
    private static double estimatedBits(String secret) {
        Map<Integer, Long> counts = secret.codePoints().boxed()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        long length = secret.codePoints().count();
        double perCharacter = counts.values().stream()
                .mapToDouble(count -> (double) count / length)
                .map(p -> -p * Math.log(p) / Math.log(2))
                .sum();
        return perCharacter * length;
    }
}
