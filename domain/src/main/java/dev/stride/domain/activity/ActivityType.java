package dev.stride.domain.activity;

public enum ActivityType {
    RUNNING, CYCLING, SWIMMING, WALKING, HIKING, ROWING, STRENGTH, YOGA, OTHER
}
