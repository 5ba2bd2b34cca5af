package io.github.inpaint4j.gan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * For a child JVM's {@code main}: records every network connection {@code java.net} is asked to
 * make. Connections are seen twice over: every URL connection asks the default
 * {@link ProxySelector} for its route first (DJL's probe and downloads use
 * {@code HttpURLConnection}), and every {@link Socket} is made by the socket factory, which
 * refuses.
 */
public final class NetworkWatch {

    private NetworkWatch() {
    }

    /** Installs the hooks (once per JVM) and returns the live list of what was asked for. */
    @SuppressWarnings("deprecation") // Socket.setSocketImplFactory: the one hook on every java.net socket
    public static List<String> install() throws IOException {
        List<String> connections = Collections.synchronizedList(new ArrayList<>());
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                connections.add(uri.toString());
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
            }
        });
        Socket.setSocketImplFactory(() -> {
            connections.add("socket");
            throw new UncheckedIOException(new IOException("no sockets during this test"));
        });
        return connections;
    }
}
