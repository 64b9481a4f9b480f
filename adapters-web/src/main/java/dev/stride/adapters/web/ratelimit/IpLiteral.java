package dev.stride.adapters.web.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an IP address written as text, never resolving a host name (a lookup per request would be
 * slow and attacker-controlled). Accepts what proxies write into {@code X-Forwarded-For}: plain
 * IPv4 and IPv6, {@code 1.2.3.4:port}, {@code [v6]} and {@code [v6]:port}.
 */
final class IpLiteral {

    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private IpLiteral() {
    }

    static Optional<InetAddress> parse(String text) {
        String address = withoutPort(text.strip());
        if (canonicalIpv4(address) == null && !IPV6.matcher(address).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address)); // a literal: no lookup happens
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    /**
     * The four bytes of an IPv4 address written exactly as {@link InetAddress#getHostAddress()} writes
     * it (four decimal numbers up to 255, no leading zero, no port, no blank), or null for any other
     * text: a socket peer is written so, and then needs neither the patterns nor an {@link InetAddress}.
     */
    static byte[] canonicalIpv4(String text) {
        int length = text.length();
        if (length < 7 || length > 15) {
            return null;
        }
        byte[] bytes = new byte[4];
        int part = 0;
        int value = 0;
        int digits = 0;
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : '.'; // the end closes the last number as a dot would
            if (c == '.') {
                if (digits == 0 || part == bytes.length) {
                    return null;
                }
                bytes[part++] = (byte) value;
                value = 0;
                digits = 0;
            } else if (c >= '0' && c <= '9' && (digits == 0 || value != 0)) {
                value = value * 10 + (c - '0');
                digits++;
                if (value > 255) {
                    return null;
                }
            } else {
                return null; // not a digit, or a digit after a leading zero
            }
        }
        return part == bytes.length ? bytes : null;
    }

    private static String withoutPort(String address) {
        if (address.startsWith("[")) {
            int end = address.indexOf(']');
            return end < 0 ? address : address.substring(1, end);
        }
        int colon = address.indexOf(':');
        boolean ipv4WithPort = colon > 0 && colon == address.lastIndexOf(':') && address.indexOf('.') >= 0;
        return ipv4WithPort ? address.substring(0, colon) : address;
    }
}
