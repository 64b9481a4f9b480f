package dev.stride.adapters.web.ratelimit;

import jakarta.servlet.http.HttpServletRequest;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Finds the client's address: the socket peer, unless the peer is a trusted proxy; then
 * {@code X-Forwarded-For} is read right to left, each hop being believed only while the one to
 * its right is a trusted proxy. A client can prepend anything to the header, but never past the
 * address its first trusted proxy appended, so it cannot choose the address it is limited by.
 * An IPv6 client is its network ({@code stride.rate-limit.ipv6-prefix}), so that rotating addresses
 * inside its allocation buys it nothing.
 */
final class ClientIpResolver {

    /** An IPv6 prefix length that keeps the whole address. */
    static final int WHOLE_ADDRESS = 128;

    private final TrustedProxies trusted;
    private final int ipv6Prefix;

    /**
     * @param ipv6Prefix an IPv6 client is known by its network of this prefix length: one subscriber
     *                   gets a whole /64 (or more) and could otherwise count as 2^64 clients
     */
    ClientIpResolver(TrustedProxies trusted, int ipv6Prefix) {
        this.trusted = trusted;
        this.ipv6Prefix = ipv6Prefix;
    }

    String resolve(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        byte[] ipv4 = IpLiteral.canonicalIpv4(remote);
        if (ipv4 != null && !trusted.contains(ipv4)) {
            return remote; // the common case, already as the parsed address would print itself
        }
        Optional<InetAddress> peer = IpLiteral.parse(remote);
        if (peer.isEmpty()) {
            return remote;
        }
        InetAddress client = peer.get();
        List<String> hops = forwardedFor(request);
        for (int i = hops.size() - 1; i >= 0 && trusted.contains(client); i--) {
            Optional<InetAddress> hop = IpLiteral.parse(hops.get(i));
            if (hop.isEmpty()) {
                break; // a trusted proxy passed on garbage: believe nothing left of it
            }
            client = hop.get();
        }
        return client instanceof Inet6Address && ipv6Prefix < WHOLE_ADDRESS ? network(client) : client.getHostAddress();
    }

    /** {@code 2001:db8:1:2::/64}: the address with every bit past the prefix cleared. */
    private String network(InetAddress address) {
        byte[] bytes = address.getAddress();
        for (int bit = ipv6Prefix; bit < bytes.length * 8; bit++) {
            bytes[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        try {
            return InetAddress.getByAddress(bytes).getHostAddress() + "/" + ipv6Prefix;
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible); // sixteen bytes are always an address
        }
    }

    private static List<String> forwardedFor(HttpServletRequest request) {
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop);
                }
            }
        }
        return hops;
    }
}
