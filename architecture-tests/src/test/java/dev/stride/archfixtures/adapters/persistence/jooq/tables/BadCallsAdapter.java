package dev.stride.archfixtures.adapters.persistence.jooq.tables;

import dev.stride.archfixtures.adapters.persistence.BadCalledByGeneratedCode;

/** Code inside the generated package is exempt from cycles among itself only, not with the adapter. */
public final class BadCallsAdapter {

    BadCalledByGeneratedCode other;
}
