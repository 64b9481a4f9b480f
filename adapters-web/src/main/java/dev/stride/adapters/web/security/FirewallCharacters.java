package dev.stride.adapters.web.security;

/**
 * The characters Spring Security's {@code StrictHttpFirewall} allows in header names and values and in
 * parameter names, decided by a loop instead of its regular expressions
 * ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}, and for header values tab too). The firewall checks every
 * header each time it is read, and a request reads its Authorization header several times: the regular
 * expressions were a tenth of an authenticated request's CPU in the bench's profile. Same sets,
 * code point by code point (FirewallCharactersTest compares them with the expressions).
 */
final class FirewallCharacters {

    private FirewallCharacters() {
    }

    /** Header and parameter names: assigned code points, no control characters. */
    static boolean isAllowedName(String name) {
        return allAllowed(name, false);
    }

    /** Header values: the same, and tab. */
    static boolean isAllowedHeaderValue(String value) {
        return allAllowed(value, true);
    }

    private static boolean allAllowed(String text, boolean tabAllowed) {
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c >= ' ' && c < 0x7F) { // printable ASCII, every character of nearly every header: allowed without a look-up
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || type == Character.CONTROL && !(tabAllowed && codePoint == '\t')) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
