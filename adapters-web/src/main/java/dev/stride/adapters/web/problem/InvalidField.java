package dev.stride.adapters.web.problem;

/** One entry of a validation problem's {@code errors}: the field as the client named it, and what is wrong with it. */
record InvalidField(String field, String message) {
}
