package dev.stride.archfixtures.adapters.persistence;

import dev.stride.archfixtures.adapters.persistence.jooq.tables.BadCallsAdapter;

public final class BadCalledByGeneratedCode {

    BadCallsAdapter other;
}
