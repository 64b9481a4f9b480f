package dev.stride.adapters.persistence;

import org.jooq.ExecuteContext;
import org.springframework.boot.jooq.autoconfigure.ExceptionTranslatorExecuteListener;

/**
 * jOOQ's exception hook: a statement that failed because PostgreSQL cannot be reached (connection
 * included) reaches the core as a {@link dev.stride.domain.shared.StorageUnavailableException}, which the
 * web adapter answers with a 503; every other failure is translated as Spring Boot does by default.
 */
final class StorageFailureTranslator implements ExceptionTranslatorExecuteListener {

    private final ExceptionTranslatorExecuteListener otherwise;

    StorageFailureTranslator(ExceptionTranslatorExecuteListener otherwise) {
        this.otherwise = otherwise;
    }

    @Override
    public void exception(ExecuteContext context) {
        if (StorageFailures.unreachable(context.exception()) || StorageFailures.unreachable(context.sqlException())) {
            context.exception(StorageFailures.translate(context.exception()));
        } else {
            otherwise.exception(context);
        }
    }
}
