package dev.stride.adapters.web.ratelimit;

import java.net.InetAddress;
import java.util.List;

/** The address ranges ({@code stride.rate-limit.trusted-proxies}) whose {@code X-Forwarded-For} is believed. */
final class TrustedProxies {

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = ranges;
    }

    /**
     * @param cidrs such as {@code 10.0.0.0/8}, {@code 2001:db8::/32}, or single addresses
     * @throws IllegalArgumentException naming the first entry that is not an address range
     */
    static TrustedProxies parse(List<String> cidrs) {
        return new TrustedProxies(cidrs.stream().map(Range::parse).toList());
    }

    boolean contains(InetAddress address) {
        return contains(address.getAddress());
    }

    /** @param address four bytes for IPv4, sixteen for IPv6 */
    boolean contains(byte[] address) {
        for (Range range : ranges) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    private record Range(byte[] network, int prefixLength) {

        static Range parse(String cidr) {
            int slash = cidr.indexOf('/');
            String address = slash < 0 ? cidr : cidr.substring(0, slash);
            byte[] network = IpLiteral.parse(address)
                    .orElseThrow(() -> new IllegalArgumentException("trusted proxy '" + cidr + "' is not an IP address or CIDR range"))
                    .getAddress();
            int prefixLength = slash < 0 ? network.length * 8 : prefixLength(cidr, cidr.substring(slash + 1), network.length * 8);
            return new Range(network, prefixLength);
        }

        private static int prefixLength(String cidr, String text, int bits) {
            try {
                int length = Integer.parseInt(text);
                if (length >= 0 && length <= bits) {
                    return length;
                }
            } catch (NumberFormatException fallThrough) {
                // reported below
            }
            throw new IllegalArgumentException("trusted proxy '" + cidr + "' has a prefix length outside 0.." + bits);
        }

        boolean contains(byte[] candidate) {
            if (candidate.length != network.length) {
                return false;
            }
            int fullBytes = prefixLength / 8;
            for (int i = 0; i < fullBytes; i++) {
                if (candidate[i] != network[i]) {
                    return false;
                }
            }
            int remainingBits = prefixLength % 8;
            if (remainingBits == 0) {
                return true;
            }
            int mask = 0xFF << (8 - remainingBits);
            return (candidate[fullBytes] & mask) == (network[fullBytes] & mask);
        }
    }
}
