package dev.stride.adapters.web.problem;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

import java.util.Optional;

/**
 * Turns Jackson's complaint about a request body into something a client can act on: the field
 * (as a JSON path like {@code durationMinutes}) and what it must look like, without Java class names.
 */
final class JsonInputErrors {

    private JsonInputErrors() {
    }

    /** The offending field, when the JSON was well-formed but a value had the wrong type or range. */
    static Optional<InvalidField> invalidField(JacksonException e) {
        String path = path(e);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        if (e instanceof InputCoercionException coercion) {
            return Optional.of(new InvalidField(path, "is out of range for " + TypeNames.describe(coercion.getTargetType())));
        }
        if (e instanceof StreamReadException) {
            return Optional.empty();
        }
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        return Optional.of(new InvalidField(path, TypeNames.expected(target)));
    }

    /** The description of a body that cannot be bound at all: broken syntax, or not the expected JSON shape. */
    static String malformed(JacksonException e) {
        if (e instanceof StreamReadException && !(e instanceof InputCoercionException)) {
            return "The request body is not valid JSON" + location(e);
        }
        return "The request body must be a JSON object";
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
