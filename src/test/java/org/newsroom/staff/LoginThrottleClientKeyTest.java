package org.newsroom.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which failures count together against one client's hourly limit. */
class LoginThrottleClientKeyTest {

    @Test
    void anIpv4AddressCountsOnItsOwn() {
        assertThat(LoginThrottle.clientKey("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(LoginThrottle.clientKey("203.0.113.8")).isNotEqualTo(LoginThrottle.clientKey("203.0.113.7"));
    }

    @Test
    void everyAddressOfOneIpv6SlashSixtyFourCountsAsOneClient() {
        String first = LoginThrottle.clientKey("2001:db8:1:2::1");
        assertThat(first).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(LoginThrottle.clientKey("2001:db8:1:2:ffff:eeee:dddd:cccc")).isEqualTo(first);
        assertThat(LoginThrottle.clientKey("[2001:DB8:1:2::99]")).isEqualTo(first);
        assertThat(LoginThrottle.clientKey("2001:db8:1:3::1")).isNotEqualTo(first);
    }

    @Test
    void anIpv4MappedAddressCountsAsItsIpv4Address() {
        assertThat(LoginThrottle.clientKey("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void somethingThatIsNoAddressIsCountedAsItsText() {
        assertThat(LoginThrottle.clientKey(null)).isEqualTo("unknown");
        assertThat(LoginThrottle.clientKey("not:an:address")).isEqualTo("not:an:address");
    }
}
