package dev.stride.domain.port;

import dev.stride.domain.shared.OverloadedException;

/**
 * One-way password hashing with a slow, salted algorithm. Hashing costs CPU and memory on purpose,
 * so an implementation may refuse work beyond what the machine can give it.
 *
 * <p>{@link #hash} and {@link #matches} throw {@link OverloadedException} when too many hashes are
 * under way.
 */
public interface PasswordHasher {

    String hash(String rawPassword);

    boolean matches(String rawPassword, String hash);

    /** True when {@code hash} was made with weaker settings than {@link #hash} uses today. */
    boolean needsRehash(String hash);
}
