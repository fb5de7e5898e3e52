package com.crossborder.verification.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 192.168.1.10, 2001:db8:ffff::/48");

    @Test
    void withNoProxyConfiguredTheHeaderIsIgnored() {
        TrustedProxies none = TrustedProxies.parse("");
        assertEquals("203.0.113.7", none.clientAddress("203.0.113.7", List.of("1.2.3.4")));
        assertEquals("127.0.0.1", none.clientAddress("127.0.0.1", List.of("9.9.9.9, 8.8.8.8")));
    }

    @Test
    void anUntrustedPeerIsTheClientWhateverItForwards() {
        assertEquals("203.0.113.7", proxies.clientAddress("203.0.113.7", List.of("10.1.1.1")));
    }

    @Test
    void fromATrustedProxyTheRightMostUntrustedAddressIsTheClient() {
        // The client forged "1.1.1.1"; the proxy appended what it saw.
        assertEquals("198.51.100.4", proxies.clientAddress("10.2.3.4", List.of("1.1.1.1, 198.51.100.4")));
        // Two proxies of ours in a row.
        assertEquals("198.51.100.4", proxies.clientAddress("10.2.3.4", List.of("1.1.1.1, 198.51.100.4, 192.168.1.10")));
        // Several headers count as one list, in order.
        assertEquals("198.51.100.9", proxies.clientAddress("192.168.1.10", List.of("5.5.5.5", "198.51.100.9")));
        // A port or brackets around a hop do not matter.
        assertEquals("198.51.100.4", proxies.clientAddress("10.2.3.4", List.of("198.51.100.4:51234")));
        assertEquals("2001:db8:1:2:0:0:0:5", proxies.clientAddress("10.2.3.4", List.of("[2001:db8:1:2::5]:443")));
    }

    @Test
    void garbageOrNoHeaderFromATrustedProxyLeavesTheLastTrustedHop() {
        assertEquals("10.2.3.4", proxies.clientAddress("10.2.3.4", List.of()));
        assertEquals("10.2.3.4", proxies.clientAddress("10.2.3.4", List.of("not-an-address")));
        assertEquals("192.168.1.10", proxies.clientAddress("10.2.3.4", List.of("evil.example, 192.168.1.10")));
    }

    @Test
    void ipv6PeersAndBlocksMatchByPrefix() {
        assertEquals("2001:db8:1:0:0:0:0:1", proxies.clientAddress("2001:db8:ffff:12::1", List.of("2001:db8:1::1")));
        assertEquals("2001:db8:fffe:0:0:0:0:1", proxies.clientAddress("2001:db8:fffe::1", List.of("2001:db8:1::1")));
        // An IPv4-mapped peer is its IPv4 address.
        assertEquals("198.51.100.4", proxies.clientAddress("::ffff:10.0.0.1", List.of("198.51.100.4")));
    }

    @Test
    void budgetsCountIpv6ClientsByTheirSlash64AndIpv4ByTheAddress() {
        assertEquals("2001:db8:1:2:0:0:0:0/64", TrustedProxies.bucket("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        assertEquals(TrustedProxies.bucket("2001:db8:1:2::1"), TrustedProxies.bucket("2001:db8:1:2:ffff::9"));
        assertEquals("198.51.100.4", TrustedProxies.bucket("198.51.100.4"));
    }

    @Test
    void aMistypedBlockIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("proxy.example.com"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0/8"));
    }
}
