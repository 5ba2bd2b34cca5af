package io.github.inpaint4j.cli.serve;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/**
 * A request body that must keep coming: once it has taken {@code grace}, its average rate since its
 * start must be at least {@code minRate} bytes a second, else reading it fails with a 408. A body
 * that stops altogether is failed by Jetty's idle timeout, also a 408 here. So a client sending one
 * byte a second holds a request thread for the grace only.
 */
final class UploadRate extends FilterInputStream {

    private final long minRate;
    private final long graceNanos;
    private final long start = System.nanoTime();
    private long count;

    UploadRate(InputStream in, long minRate, long graceNanos) {
        super(in);
        this.minRate = minRate;
        this.graceNanos = graceNanos;
    }

    @Override
    public int read() throws IOException {
        int b = guarded(() -> super.read());
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = guarded(() -> super.read(buffer, offset, length));
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private interface Read {
        int run() throws IOException;
    }

    /** A read, its idle timeout turned into a 408. */
    private int guarded(Read read) throws IOException {
        try {
            return read.run();
        } catch (IOException e) {
            if (e.getCause() instanceof TimeoutException || e instanceof java.io.InterruptedIOException) {
                throw new HttpError(HttpError.REQUEST_TIMEOUT, "the request body stopped arriving (after "
                        + count + " bytes); the server waits for its idle timeout (--idle-timeout) at most");
            }
            throw e;
        }
    }

    private void counted(int n) {
        count += n;
        long elapsed = System.nanoTime() - start;
        if (minRate > 0 && elapsed > graceNanos && count * 1_000_000_000.0 / elapsed < minRate) {
            throw new HttpError(HttpError.REQUEST_TIMEOUT, String.format(Locale.ROOT, "the request body arrives too"
                    + " slowly: %,d bytes in %.0f s, less than the server's least upload rate of %,d bytes a second"
                    + " (--min-upload-rate)", count, elapsed / 1e9, minRate));
        }
    }
}
