package dev.stride.adapters.web.ratelimit;

import jakarta.servlet.http.HttpServletRequest;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Finds the client's address: the socket peer, unless the peer is a trusted proxy; then
 * {@code X-Forwarded-For} is read right to left, each hop being believed only while the one to
 * its right is a trusted proxy. A client can prepend anything to the header, but never past the
 * address its first trusted proxy appended, so it cannot choose the address it is limited by.
 */
final class ClientIpResolver {

    private final TrustedProxies trusted;

    ClientIpResolver(TrustedProxies trusted) {
        this.trusted = trusted;
    }

    String resolve(HttpServletRequest request) {
        Optional<InetAddress> peer = IpLiteral.parse(request.getRemoteAddr());
        if (peer.isEmpty()) {
            return request.getRemoteAddr();
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
        return client.getHostAddress();
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
