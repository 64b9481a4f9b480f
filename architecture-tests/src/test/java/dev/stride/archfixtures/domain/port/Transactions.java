package dev.stride.archfixtures.domain.port;

import java.util.function.Supplier;

public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
