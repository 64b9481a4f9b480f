package dev.stride.bootstrap.admin;

import dev.stride.application.port.in.admin.EnsureAdminAccountUseCase.Outcome;
import dev.stride.application.port.in.admin.EnsureAdminAccountUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Creates the admin account from {@code stride.admin.*} once the application has started; every
 * instance does it, and all but the first find it there. A bad email or password stops the start-up.
 */
final class AdminAccountAtStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminAccountAtStartup.class);

    private final EnsureAdminAccountUseCase ensureAdmin;
    private final AdminProperties admin;

    AdminAccountAtStartup(EnsureAdminAccountUseCase ensureAdmin, AdminProperties admin) {
        this.ensureAdmin = ensureAdmin;
        this.admin = admin;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (admin.halfConfigured()) {
            log.warn("No admin account: set both stride.admin.email and stride.admin.password");
        }
        if (!admin.configured()) {
            return;
        }
        Outcome outcome = ensureAdmin.ensureAdmin(admin.email(), admin.password());
        switch (outcome) {
            case CREATED -> log.info("Admin account {} created", admin.email());
            case ALREADY_EXISTS -> log.info("Admin account {} exists", admin.email());
            case TAKEN_BY_NON_ADMIN -> log.warn("Admin account not created: {} belongs to an account that is not an admin",
                    admin.email());
        }
    }
}
