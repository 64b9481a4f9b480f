package dev.stride.domain.user;

public enum Role {
    USER, ADMIN
}
