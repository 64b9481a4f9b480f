package dev.stride.archfixtures.application.port.out;

import java.util.function.Supplier;

public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
