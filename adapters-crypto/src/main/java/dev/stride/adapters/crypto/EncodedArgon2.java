package dev.stride.adapters.crypto;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.util.Base64;
import java.util.List;

/**
 * An Argon2 hash in the PHC string format, as Spring Security's {@code Argon2PasswordEncoder} writes and
 * reads it: {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, Base64 without padding, the version
 * optional (19 when absent). Spring's own codec is package-private and Bouncy Castle has none.
 *
 * @param type      {@link Argon2Parameters#ARGON2_d}, {@code ARGON2_i} or {@code ARGON2_id}
 * @param memoryKiB Argon2 {@code m}
 * @param hash      the derived bytes; its length is the length to derive when checking a password
 */
record EncodedArgon2(int type, int version, int memoryKiB, int iterations, int lanes, byte[] salt, byte[] hash) {

    private static final List<String> TYPES = List.of("argon2d", "argon2i", "argon2id");

    /** @throws IllegalArgumentException when {@code encoded} is not such a string */
    static EncodedArgon2 parse(String encoded) {
        String[] parts = encoded.split("\\$");
        int next = 2;
        if (parts.length < 5 || !parts[0].isEmpty() || !TYPES.contains(parts[1])) {
            throw new IllegalArgumentException("not an encoded Argon2 hash");
        }
        int version = Argon2Parameters.ARGON2_VERSION_13;
        if (parts[next].startsWith("v=")) {
            version = Integer.parseInt(parts[next++].substring(2));
        }
        String[] settings = parts[next++].split(",");
        if (settings.length != 3 || parts.length != next + 2) {
            throw new IllegalArgumentException("not an encoded Argon2 hash");
        }
        return new EncodedArgon2(TYPES.indexOf(parts[1]), version, setting(settings[0], "m="), setting(settings[1], "t="),
                setting(settings[2], "p="), Base64.getDecoder().decode(parts[next]), Base64.getDecoder().decode(parts[next + 1]));
    }

    private static int setting(String setting, String name) {
        if (!setting.startsWith(name)) {
            throw new IllegalArgumentException("expected " + name + " in an encoded Argon2 hash");
        }
        return Integer.parseInt(setting.substring(name.length()));
    }

    /** The parameters to derive this hash again, its working memory taken from {@code blocks}. */
    Argon2Parameters parameters(Argon2BytesGenerator.BlockPool blocks) {
        return new Argon2Parameters.Builder(type).withVersion(version).withMemoryAsKB(memoryKiB).withIterations(iterations)
                .withParallelism(lanes).withSalt(salt).withBlockPool(blocks).build();
    }

    /** The same settings and salt with another hash. */
    EncodedArgon2 withHash(byte[] derived) {
        return new EncodedArgon2(type, version, memoryKiB, iterations, lanes, salt, derived);
    }

    @Override
    public String toString() {
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return "$" + TYPES.get(type) + "$v=" + version + "$m=" + memoryKiB + ",t=" + iterations + ",p=" + lanes
                + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }
}
