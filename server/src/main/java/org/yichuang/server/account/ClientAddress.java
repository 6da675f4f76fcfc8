package org.yichuang.server.account;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The client address sign-in limits count by: the TCP peer, never a header such as X-Forwarded-For that the client
 * writes itself. IPv6 peers count by their /64 network, since anyone holding one can use 2^64 addresses.
 */
public final class ClientAddress {
    private ClientAddress() {
    }

    /** Returns the key for a peer address as the servlet reports it (an IP literal). */
    public static String of(String remoteAddr) {
        String literal = remoteAddr == null ? "" : remoteAddr.strip().replace("[", "").replace("]", "");
        // only IP literals are parsed: anything else could make getByName ask the DNS
        if (literal.isEmpty() || !literal.matches("[0-9A-Fa-f:.%]+")) {
            return "unknown";
        }
        try {
            InetAddress address = InetAddress.getByName(literal);
            if (address instanceof Inet6Address) {
                byte[] b = address.getAddress();
                return String.format("%02x%02x:%02x%02x:%02x%02x:%02x%02x::/64", b[0], b[1], b[2], b[3], b[4], b[5],
                        b[6], b[7]);
            }
            return address.getHostAddress();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
