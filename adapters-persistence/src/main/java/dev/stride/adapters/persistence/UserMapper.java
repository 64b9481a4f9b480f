package dev.stride.adapters.persistence;

import dev.stride.adapters.persistence.jooq.tables.records.UsersRecord;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.NewUser;
import dev.stride.domain.user.Role;
import dev.stride.domain.user.User;

/** Between rows of {@code users} and the domain's accounts. */
final class UserMapper {

    private UserMapper() {
    }

    static UsersRecord newUserRecord(NewUser user) {
        UsersRecord row = new UsersRecord();
        row.setEmail(user.email().value());
        row.setPasswordHash(user.passwordHash());
        row.setDisplayName(user.displayName());
        row.setRole(user.role().name());
        row.setCreatedAt(user.createdAt());
        return row;
    }

    static User toUser(UsersRecord row) {
        return new User(row.getId(), new Email(row.getEmail()), row.getPasswordHash(), row.getDisplayName(),
                Role.valueOf(row.getRole()), row.getCreatedAt(), row.getDeletedAt());
    }
}
