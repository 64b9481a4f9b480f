package dev.stride.adapters.crypto;

import dev.stride.domain.port.PasswordHasher;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * Argon2id (the OWASP first choice), derived by Bouncy Castle and written as Spring Security's
 * {@code Argon2PasswordEncoder} writes it ({@link EncodedArgon2}), so that hashes made by either match with
 * the other. The encoded hash carries its own settings, so hashes made with older, weaker ones still verify
 * and are reported by {@link #needsRehash}.
 * <p>
 * Unlike that encoder, it keeps the working memory of a hash (the memory cost: 19 MiB at OWASP's minimum)
 * for the next one, in a pool that holds {@code concurrentHashes} hashes' worth (Bouncy Castle wipes each
 * block before it returns it). Fresh memory per hash made a login burst allocate hundreds of MiB a second,
 * and every other request's allocations stalled behind the garbage collector (bench: cached reads during
 * a login burst).
 */
final class Argon2PasswordHasher implements PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final int memoryKiB;
    private final int iterations;
    private final int parallelism;
    private final Argon2BytesGenerator.BlockPool blocks;

    /** @param concurrentHashes hashes computed at once, whose working memory is kept */
    Argon2PasswordHasher(int memoryKiB, int iterations, int parallelism, int concurrentHashes) {
        this.memoryKiB = memoryKiB;
        this.iterations = iterations;
        this.parallelism = parallelism;
        this.blocks = new Argon2BytesGenerator.FixedBlockPool(
                concurrentHashes * Argon2BytesGenerator.getBlockCount(memoryKiB, parallelism));
    }

    @Override
    public String hash(String rawPassword) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        EncodedArgon2 settings = new EncodedArgon2(Argon2Parameters.ARGON2_id, Argon2Parameters.ARGON2_VERSION_13,
                memoryKiB, iterations, parallelism, salt, new byte[HASH_BYTES]);
        return settings.withHash(derive(rawPassword, settings)).toString();
    }

    /** A stored hash that cannot be read matches nothing. */
    @Override
    public boolean matches(String rawPassword, String hash) {
        try {
            EncodedArgon2 stored = EncodedArgon2.parse(hash);
            return MessageDigest.isEqual(derive(rawPassword, stored), stored.hash());
        } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException unreadable) {
            return false; // Bouncy Castle refuses some settings (an unknown version, no lanes) with the latter two
        }
    }

    /** Less memory or fewer passes than today's settings; a hash that cannot be read is left alone (it matches nothing). */
    @Override
    public boolean needsRehash(String hash) {
        try {
            EncodedArgon2 stored = EncodedArgon2.parse(hash);
            return stored.memoryKiB() < memoryKiB || stored.iterations() < iterations;
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    /** As many bytes as {@code settings}' hash has. */
    private byte[] derive(String rawPassword, EncodedArgon2 settings) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(settings.parameters(blocks));
        byte[] derived = new byte[settings.hash().length];
        generator.generateBytes(rawPassword.toCharArray(), derived);
        return derived;
    }
}
