package dev.stride.adapters.web.user;

import dev.stride.adapters.web.problem.MalformedRequestException;
import dev.stride.domain.shared.FieldViolation;
import dev.stride.domain.shared.ValidationException;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;

/**
 * A JSON Merge Patch of the caller's account: {@code displayName} is the only field a user changes
 * here. The account's other fields in it are refused rather than ignored, so that a client that
 * believes it changed its email or role learns otherwise; unknown members are ignored as everywhere.
 */
@Schema(name = "UserPatch", description = "JSON Merge Patch of the caller's account")
record UserPatch(@Schema(description = "1 to 100 characters, not blank", maxLength = 100) String displayName) {

    private static final List<String> NOT_CHANGEABLE_HERE = List.of("id", "email", "role", "createdAt");

    /** The new display name, or empty when the patch does not name one. */
    static Optional<String> displayNameIn(JsonNode patch) {
        if (!patch.isObject()) {
            throw new MalformedRequestException("A merge patch of an account must be a JSON object");
        }
        List<FieldViolation> refused = NOT_CHANGEABLE_HERE.stream().filter(patch::has)
                .map(field -> new FieldViolation(field, "cannot be changed here; only displayName can"))
                .toList();
        if (!refused.isEmpty()) {
            throw new ValidationException(refused);
        }
        JsonNode displayName = patch.get("displayName");
        if (displayName == null) {
            return Optional.empty();
        }
        if (displayName.isNull()) {
            // null removes a member in a merge patch, and an account cannot be without a name
            throw ValidationException.of("displayName", "cannot be removed");
        }
        if (!displayName.isString()) {
            throw ValidationException.of("displayName", "must be a string");
        }
        return Optional.of(displayName.asString());
    }
}
