package org.yichuang.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {
    @Test
    void ipv4_peers_count_by_their_address() {
        assertThat(ClientAddress.of("10.0.0.5")).isEqualTo("10.0.0.5");
        assertThat(ClientAddress.of("::ffff:10.0.0.5")).isEqualTo("10.0.0.5");
    }

    @Test
    void ipv6_peers_count_by_their_64_bit_network() {
        assertThat(ClientAddress.of("2001:db8:1:2:aaaa::1")).isEqualTo("2001:0db8:0001:0002::/64");
        assertThat(ClientAddress.of("[2001:db8:1:2:ffff::9]")).isEqualTo("2001:0db8:0001:0002::/64");
    }

    @Test
    void anything_but_an_ip_literal_is_one_unknown_address_and_never_looked_up() {
        assertThat(ClientAddress.of("example.org")).isEqualTo("unknown");
        assertThat(ClientAddress.of("")).isEqualTo("unknown");
        assertThat(ClientAddress.of(null)).isEqualTo("unknown");
    }
}
