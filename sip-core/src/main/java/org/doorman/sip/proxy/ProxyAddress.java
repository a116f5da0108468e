package org.doorman.sip.proxy;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.Collections;
import java.util.Locale;
import javax.sip.address.SipURI;

/**
 * How doorman names itself in Via and Record-Route: a concrete address devices can reach (never
 * 0.0.0.0) and the port of each transport (tlsPort 0 when TLS is off).
 */
public record ProxyAddress(String host, int udpPort, int tcpPort, int tlsPort) {

    /** The listening address, or when it is the wildcard, the machine's first non-loopback IPv4 address. */
    public static ProxyAddress of(String listenAddress, int udpPort, int tcpPort, int tlsPort) {
        return new ProxyAddress(advertised(listenAddress), udpPort, tcpPort, tlsPort);
    }

    public int port(String transport) {
        if ("TLS".equalsIgnoreCase(transport)) {
            return tlsPort;
        }
        return "TCP".equalsIgnoreCase(transport) ? tcpPort : udpPort;
    }

    /** Whether a Route or Record-Route URI names this server (any of its transports). */
    public boolean isUs(SipURI uri) {
        if (!uri.getHost().equalsIgnoreCase(host) && !uri.getHost().equals("127.0.0.1")) {
            return false;
        }
        String t = uri.getTransportParam() != null ? uri.getTransportParam().toLowerCase(Locale.ROOT)
                : uri.isSecure() ? "tls" : "udp";
        int p = uri.getPort() > 0 ? uri.getPort() : "tls".equals(t) ? 5061 : 5060;
        return p == port(t) || (uri.getTransportParam() == null && !uri.isSecure() && (p == udpPort || p == tcpPort));
    }

    private static String advertised(String listenAddress) {
        if (!listenAddress.equals("0.0.0.0") && !listenAddress.equals("::")) {
            return listenAddress;
        }
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (nic.isUp() && !nic.isLoopback()) {
                    for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                        if (a instanceof Inet4Address && !a.isLinkLocalAddress()) {
                            return a.getHostAddress();
                        }
                    }
                }
            }
        } catch (java.net.SocketException e) {
            // fall back to loopback below
        }
        return "127.0.0.1";
    }
}
