package org.newsroom.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which addresses a webhook may be sent to. Unless the configuration allows it, none that is internal: loopback,
 * private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16 with the cloud metadata address
 * 169.254.169.254, fe80::/10), the unspecified address, multicast, and IPv4 mapped into IPv6, so that nobody with the
 * admin screen can make the application call the internal network. It is checked when an endpoint is registered and
 * again before each delivery, after resolving the host's name then (a name may point elsewhere later).
 *
 * <p>What remains: the HTTP client resolves the name again to connect, so a name that changes its answer in between
 * (DNS rebinding with a very short TTL) could still slip through; the JDK's client takes no resolver of its own. The
 * JVM's own DNS cache (30 s by default) narrows that window to its first look-up.
 */
class AddressPolicy {

    private final boolean allowInternal;
    private final List<Network> allowed;

    AddressPolicy(WebhookProperties properties) {
        this.allowInternal = properties.allowInternal();
        this.allowed = properties.allowedNetworks().stream().map(Network::parse).toList();
    }

    /** Why the URL may not be used as an endpoint (its form, its scheme, or where its host points); empty if it may. */
    Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            return Optional.of("The URL is not valid: " + e.getReason() + ".");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("The URL must start with https:// (or http://).");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("The URL must name a host.");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("The URL must not carry a user name or password.");
        }
        return hostRefusal(uri.getHost());
    }

    /** Why the host may not be called: it does not resolve, or one of its addresses is internal; empty if it may. */
    Optional<String> hostRefusal(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            return Optional.of("The host " + host + " cannot be found.");
        }
        for (InetAddress address : addresses) {
            String kind = internalKind(address);
            if (kind != null && !allowed(address)) {
                return Optional.of("The host " + host + " points to " + kind + " address (" + address.getHostAddress()
                        + "), which webhooks may not call.");
            }
        }
        return Optional.empty();
    }

    private boolean allowed(InetAddress address) {
        return allowInternal || allowed.stream().anyMatch(network -> network.contains(address));
    }

    /** What kind of internal address this is ("a loopback"), or {@code null} for a public one. */
    static String internalKind(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "an unspecified";
        }
        if (address.isLoopbackAddress()) {
            return "a loopback";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "a private";
        }
        if (address.isMulticastAddress()) {
            return "a multicast";
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            if ((bytes[0] & 0xfe) == 0xfc) {
                return "a private";
            }
            if (isMappedOrCompatible(bytes)) {
                return "an IPv4-mapped";
            }
        }
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            if (first == 0) {
                return "an unspecified";
            }
            if (first == 100 && second >= 64 && second < 128) {
                return "a shared (carrier-grade NAT)";
            }
            if (first >= 240) {
                return "a reserved";
            }
        }
        return null;
    }

    private static boolean isMappedOrCompatible(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff) || (bytes[10] == 0 && bytes[11] == 0);
    }

    /** A network in CIDR form. */
    record Network(byte[] prefix, int bits) {

        static Network parse(String cidr) {
            int slash = cidr.indexOf('/');
            try {
                byte[] prefix = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
                int bits = Integer.parseInt(cidr.substring(slash + 1));
                if (bits < 0 || bits > prefix.length * 8) {
                    throw new IllegalArgumentException("Not a network: " + cidr);
                }
                return new Network(prefix, bits);
            } catch (UnknownHostException | RuntimeException e) {
                throw new IllegalArgumentException("newsroom.webhooks.allowed-networks: not a network: " + cidr, e);
            }
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((bytes[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
