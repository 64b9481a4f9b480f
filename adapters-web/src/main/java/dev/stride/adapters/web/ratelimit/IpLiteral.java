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

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private IpLiteral() {
    }

    static Optional<InetAddress> parse(String text) {
        String address = withoutPort(text.strip());
        if (!IPV4.matcher(address).matches() && !IPV6.matcher(address).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address)); // a literal: no lookup happens
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
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
