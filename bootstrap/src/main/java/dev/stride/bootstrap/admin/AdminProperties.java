package dev.stride.bootstrap.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code stride.admin.email} and {@code .password}: the admin account created at start-up when both are set.
 *
 * @param email    email of the admin account created at start-up (with {@code password})
 * @param password password of that admin account; an existing account is never changed
 */
@ConfigurationProperties("stride.admin")
public record AdminProperties(String email, String password) {

    boolean configured() {
        return present(email) && present(password);
    }

    boolean halfConfigured() {
        return present(email) != present(password);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "AdminProperties[email=" + email + "]";
    }
}
