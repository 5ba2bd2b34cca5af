package io.github.inpaint4j.cli.serve;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Refuses requests that another web site makes through the user's browser. A page of another site
 * can send requests to the server (a form post, a fetch), and with DNS rebinding it can even make
 * its own name point at 127.0.0.1; but the browser names that site in the {@code Origin} header and
 * the name used in the {@code Host} header. So a request is served only if its {@code Host} is one
 * of the server's own names with the server's port and its {@code Origin}, when there is one, is
 * {@code http://} one of those. Programs such as {@code curl} send no {@code Origin} and are served.
 */
final class OriginGuard {

    private final Set<String> hosts;
    private final int port;

    /**
     * @param hosts the names and addresses the server is reached by, in lower case, IPv6 addresses in brackets
     * @param port the server's port
     */
    OriginGuard(Set<String> hosts, int port) {
        this.hosts = Collections.unmodifiableSet(new TreeSet<>(hosts));
        this.port = port;
    }

    /**
     * The names of a server bound to {@code bound}: the address itself; {@code localhost} and the loopback
     * addresses for a loopback or wildcard address; every interface's address for a wildcard address; and
     * {@code extra}.
     */
    static OriginGuard forAddress(InetAddress bound, int port, List<String> extra) {
        Set<String> hosts = new TreeSet<>();
        hosts.add(literal(bound));
        if (bound.isLoopbackAddress() || bound.isAnyLocalAddress()) {
            hosts.add("localhost");
            hosts.add("127.0.0.1");
            hosts.add("[::1]");
        }
        if (bound.isAnyLocalAddress()) {
            try {
                for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                        hosts.add(literal(address));
                    }
                }
            } catch (SocketException e) {
                // the names above remain; others can be added with --allow-host
            }
        }
        extra.forEach(name -> hosts.add(name.toLowerCase(Locale.ROOT)));
        return new OriginGuard(hosts, port);
    }

    private static String literal(InetAddress address) {
        String text = address.getHostAddress();
        int zone = text.indexOf('%');
        if (zone >= 0) {
            text = text.substring(0, zone);
        }
        return (text.contains(":") ? "[" + text + "]" : text).toLowerCase(Locale.ROOT);
    }

    /** The names the server answers to. */
    Set<String> hosts() {
        return hosts;
    }

    /**
     * Checks a request's headers.
     *
     * @param host the {@code Host} header, or {@code null}
     * @param origin the {@code Origin} header, or {@code null}
     * @throws HttpError 403 naming the refused header
     */
    void check(String host, String origin) {
        if (host == null || !isOwn(host.trim(), 80)) {
            // the names are not listed: behind --bind 0.0.0.0 they are the machine's addresses
            throw new HttpError(HttpError.FORBIDDEN, "refused: the Host header " + (host == null ? "is missing"
                    : "'" + host + "' does not name this server") + " (start it with --allow-host NAME to be reached by"
                    + " another name)");
        }
        if (origin != null && !ownOrigin(origin.trim())) {
            throw new HttpError(HttpError.FORBIDDEN, "refused: a page of another site (Origin '" + origin
                    + "') may not use this server");
        }
    }

    private boolean ownOrigin(String origin) {
        try {
            URI uri = new URI(origin);
            if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getRawAuthority() == null
                    || uri.getRawUserInfo() != null || !(uri.getRawPath() == null || uri.getRawPath().isEmpty())) {
                return false;
            }
            return isOwn(uri.getRawAuthority(), 80);
        } catch (URISyntaxException e) {
            return false; // "null" (a sandboxed page or a file) and anything unreadable
        }
    }

    /** Whether {@code authority} ({@code name[:port]}, IPv6 in brackets) names this server. */
    private boolean isOwn(String authority, int defaultPort) {
        String name;
        String portText;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                return false;
            }
            name = authority.substring(0, close + 1);
            String rest = authority.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                return false;
            }
            portText = rest.isEmpty() ? null : rest.substring(1);
        } else {
            int colon = authority.lastIndexOf(':');
            name = colon < 0 ? authority : authority.substring(0, colon);
            portText = colon < 0 ? null : authority.substring(colon + 1);
        }
        int given;
        try {
            given = portText == null ? defaultPort : Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".")) {
            lower = lower.substring(0, lower.length() - 1); // "localhost." is "localhost"
        }
        return given == port && hosts.contains(lower);
    }
}
