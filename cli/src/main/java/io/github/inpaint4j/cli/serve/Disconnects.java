package io.github.inpaint4j.cli.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Callback;

/**
 * Tells when the client of a request that waits for its answer goes away. Once a request's body
 * is read, Jetty does not read from its connection until the answer is sent, so a client that
 * hangs up is not noticed; here the connection is watched for readability instead, and a read of
 * end-of-stream (or a failure) means the client is gone. The answer of a watched request must
 * close the connection ({@code Connection: close}): a byte the client sent after its request is
 * taken here, not kept for a next one.
 */
final class Disconnects {

    private Disconnects() {
    }

    /**
     * Watches the connection of {@code request} until {@code stop} is set; runs {@code gone} once
     * if the client goes away before.
     */
    static void watch(Request request, AtomicBoolean stop, Runnable gone) {
        EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
        endPoint.tryFillInterested(new Callback() {
            @Override
            public void succeeded() {
                if (stop.get()) {
                    return;
                }
                try {
                    ByteBuffer one = ByteBuffer.allocate(1);
                    one.flip(); // Jetty fills after the limit: an empty buffer in flush mode
                    int read = endPoint.fill(one);
                    if (read < 0) {
                        gone.run();
                    } else if (read == 0) {
                        endPoint.tryFillInterested(this);
                    }
                    // read > 0: the client sent more; it is still there, and the answer closes the connection
                } catch (IOException e) {
                    gone.run();
                }
            }

            @Override
            public void failed(Throwable x) {
                if (!stop.get()) {
                    gone.run();
                }
            }
        });
    }
}
