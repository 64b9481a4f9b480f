package dev.stride.adapters.web.ratelimit;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientIpResolverTest {

    private final ClientIpResolver behindProxies = new ClientIpResolver(TrustedProxies.parse(List.of("10.0.0.0/8", "2001:db8::/32")), 128);

    @Test
    void isTheSocketPeerWhenNoProxyIsTrusted() {
        ClientIpResolver direct = new ClientIpResolver(TrustedProxies.parse(List.of()), 128);

        assertThat(direct.resolve(request("10.0.0.5", "203.0.113.7"))).isEqualTo("10.0.0.5");
    }

    @Test
    void ignoresAForwardedForSentByAnUntrustedPeer() {
        assertThat(behindProxies.resolve(request("198.51.100.20", "203.0.113.7"))).isEqualTo("198.51.100.20");
    }

    @Test
    void takesTheAddressATrustedProxyAppendedNotWhatTheClientPrepended() {
        assertThat(behindProxies.resolve(request("10.0.0.5", "6.6.6.6, 203.0.113.7"))).isEqualTo("203.0.113.7");
    }

    @Test
    void walksThroughAChainOfTrustedProxies() {
        assertThat(behindProxies.resolve(request("10.0.0.5", "6.6.6.6, 203.0.113.7, 10.1.2.3, 10.9.9.9")))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void readsRepeatedHeadersInOrder() {
        MockHttpServletRequest request = request("10.0.0.5", "6.6.6.6");
        request.addHeader("X-Forwarded-For", "203.0.113.7, 10.1.2.3");

        assertThat(behindProxies.resolve(request)).isEqualTo("203.0.113.7");
    }

    @Test
    void isTheLeftmostHopWhenEveryHopIsTrusted() {
        assertThat(behindProxies.resolve(request("10.0.0.5", "10.1.2.3"))).isEqualTo("10.1.2.3");
    }

    @Test
    void believesNothingLeftOfAHopThatIsNoAddress() {
        assertThat(behindProxies.resolve(request("10.0.0.5", "203.0.113.7, unknown"))).isEqualTo("10.0.0.5");
    }

    @Test
    void understandsIpv6AndPorts() {
        assertThat(behindProxies.resolve(request("2001:db8::1", "[2001:db9::7]:4711"))).isEqualTo("2001:db9:0:0:0:0:0:7");
        assertThat(behindProxies.resolve(request("10.0.0.5", "203.0.113.7:4711"))).isEqualTo("203.0.113.7");
    }

    @Test
    void writesAnIpv4PeerAsTheAddressPrintsItself() {
        ClientIpResolver direct = new ClientIpResolver(TrustedProxies.parse(List.of()), 128);

        assertThat(direct.resolve(request("203.0.113.7", "6.6.6.6"))).isEqualTo("203.0.113.7");
        assertThat(direct.resolve(request("0.0.0.0", "6.6.6.6"))).isEqualTo("0.0.0.0");
        assertThat(direct.resolve(request("255.255.255.255", "6.6.6.6"))).isEqualTo("255.255.255.255");
        assertThat(direct.resolve(request("::ffff:203.0.113.7", "6.6.6.6"))).as("an IPv4-mapped IPv6 peer is its IPv4 address")
                .isEqualTo("203.0.113.7");
        assertThat(direct.resolve(request("203.0.113.07", "6.6.6.6"))).as("no address: kept as the socket gave it").isEqualTo("203.0.113.07");
    }

    @Test
    void readsTheForwardedForOfATrustedIpv4PeerAndGroupsAnIpv6Client() {
        ClientIpResolver grouping = new ClientIpResolver(TrustedProxies.parse(List.of("10.0.0.0/8")), 64);

        assertThat(grouping.resolve(request("10.255.0.1", "2001:db8:1:2:abcd:ef01:2345:6789"))).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(grouping.resolve(request("11.0.0.1", "2001:db8:1:2::1"))).as("an untrusted peer, just outside the range")
                .isEqualTo("11.0.0.1");
        assertThat(grouping.resolve(request("2001:db8:1:2:ffff::1", "6.6.6.6"))).isEqualTo("2001:db8:1:2:0:0:0:0/64");
    }

    private static MockHttpServletRequest request(String peer, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/activities");
        request.setRemoteAddr(peer);
        request.addHeader("X-Forwarded-For", forwardedFor);
        return request;
    }
}
