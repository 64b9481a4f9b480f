package dev.stride.adapters.web.ratelimit;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TrustedProxiesTest {

    @Test
    void matchesAddressesInsideItsRanges() {
        TrustedProxies proxies = TrustedProxies.parse(List.of("10.0.0.0/8", "192.168.1.16/28", "172.16.0.1", "fd00::/8"));

        assertThat(proxies.contains(ip("10.255.0.1"))).isTrue();
        assertThat(proxies.contains(ip("11.0.0.1"))).isFalse();
        assertThat(proxies.contains(ip("192.168.1.31"))).isTrue();
        assertThat(proxies.contains(ip("192.168.1.32"))).isFalse();
        assertThat(proxies.contains(ip("172.16.0.1"))).isTrue();
        assertThat(proxies.contains(ip("172.16.0.2"))).isFalse();
        assertThat(proxies.contains(ip("fd12::1"))).isTrue();
        assertThat(proxies.contains(ip("fe80::1"))).isFalse();
    }

    @Test
    void neverMatchesAcrossAddressFamilies() {
        assertThat(TrustedProxies.parse(List.of("::/0")).contains(ip("10.0.0.1"))).isFalse();
        assertThat(TrustedProxies.parse(List.of("0.0.0.0/0")).contains(ip("::1"))).isFalse();
    }

    @Test
    void refusesWhatIsNotARangeWithoutLookingNamesUp() {
        assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.parse(List.of("proxy.example.com")))
                .withMessageContaining("proxy.example.com");
        assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.parse(List.of("10.0.0.0/33")));
        assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.parse(List.of("10.0.0.0/x")));
        assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.parse(List.of("10.0.0.256")));
    }

    private static InetAddress ip(String literal) {
        return IpLiteral.parse(literal).orElseThrow();
    }
}
