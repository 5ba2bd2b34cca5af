package io.github.inpaint4j.cli.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The time a request's line and headers may take to arrive. Jetty reads headers without holding a
 * thread, and closes a connection that sends nothing for its idle timeout; but a client that sends
 * one byte a second is never idle. So every connection that is not in a request's handling is
 * looked at a few times a second: once bytes of a new request arrive, its headers have
 * {@code timeout} to be complete (the request's handling to start); else the connection is answered
 * 408 and closed. Only Jetty's public API is used: the connector's connections, their byte counts,
 * and the handler telling when a request starts and ends.
 */
final class SlowHeaders implements Connection.Listener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SlowHeaders.class);
    private static final long SWEEP_MILLIS = 200;

    private final long timeoutNanos;
    private final AbstractConnector connector;
    private final Map<Connection, Watch> watched = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper;

    /** What is known of a connection between requests: its byte count then, and since when more came. */
    private static final class Watch {
        final long bytesBefore;
        volatile boolean handling;
        volatile long since = -1;

        Watch(long bytesBefore) {
            this.bytesBefore = bytesBefore;
        }
    }

    SlowHeaders(Duration timeout, AbstractConnector connector) {
        this.timeoutNanos = timeout.toNanos();
        this.connector = connector;
        this.sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "inpaint-slow-headers");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(this::sweep, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void onOpened(Connection connection) {
        watched.put(connection, new Watch(0));
    }

    @Override
    public void onClosed(Connection connection) {
        watched.remove(connection);
    }

    /** A request's headers are in: its handling starts. */
    void handling(Connection connection) {
        Watch watch = new Watch(connection.getBytesIn());
        watch.handling = true;
        watched.put(connection, watch);
    }

    /** A request's handling ended: the next request's bytes are counted from here. */
    void handled(Connection connection) {
        if (watched.containsKey(connection)) {
            watched.put(connection, new Watch(connection.getBytesIn()));
        }
    }

    private void sweep() {
        try {
            long now = System.nanoTime();
            for (EndPoint endPoint : connector.getConnectedEndPoints()) {
                Connection connection = endPoint.getConnection();
                Watch watch = connection == null ? null : watched.get(connection);
                if (watch == null || watch.handling) {
                    continue;
                }
                if (watch.since < 0) {
                    if (connection.getBytesIn() > watch.bytesBefore) {
                        watch.since = now;
                    }
                } else if (now - watch.since > timeoutNanos) {
                    refuse(endPoint, connection);
                }
            }
        } catch (RuntimeException e) {
            LOG.debug("the sweep of slow headers failed: {}", e.toString());
        }
    }

    private void refuse(EndPoint endPoint, Connection connection) {
        watched.remove(connection);
        LOG.info("{} -> 408 (headers not complete within {} s)", endPoint.getRemoteSocketAddress(),
                timeoutNanos / 1_000_000_000L);
        byte[] body = Exchange.errorBody("the request's headers did not arrive within " + timeoutNanos / 1_000_000_000L
                + " s (the server's --header-timeout); the connection is closed");
        String head = "HTTP/1.1 408 Request Timeout\r\nContent-Type: " + Exchange.JSON + "\r\nContent-Length: "
                + body.length + "\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close"
                + "\r\n\r\n";
        ByteBuffer answer = ByteBuffer.allocate(head.length() + body.length);
        answer.put(head.getBytes(StandardCharsets.ISO_8859_1)).put(body).flip();
        try {
            endPoint.write(Callback.from(endPoint::close, failure -> endPoint.close()), answer);
        } catch (RuntimeException e) {
            endPoint.close();
        }
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }
}
