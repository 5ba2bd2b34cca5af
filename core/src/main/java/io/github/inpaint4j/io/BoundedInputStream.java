package io.github.inpaint4j.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A stream that fails once more than a given number of bytes were read from it, so that reading a
 * pipe that never ends, or an upload far larger than allowed, costs bounded memory. It never asks
 * the stream beneath for more than one byte past the limit.
 */
public final class BoundedInputStream extends FilterInputStream {

    private final long limit;
    private final Supplier<? extends IOException> overLimit;
    private long read;

    /**
     * @param limit the most bytes that may be read, at least 0
     * @param overLimit the error to throw once more than {@code limit} bytes were read (it names what was read
     *     and the limit); it may throw an unchecked exception instead
     */
    public BoundedInputStream(InputStream in, long limit, Supplier<? extends IOException> overLimit) {
        super(Objects.requireNonNull(in, "in"));
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, got " + limit);
        }
        this.limit = limit;
        this.overLimit = Objects.requireNonNull(overLimit, "overLimit");
    }

    /** The bytes read so far. */
    public long bytesRead() {
        return read;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, (int) Math.min(length, limit - read + 1));
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, limit - read + 1));
        count(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(long n) throws IOException {
        read += n;
        if (read > limit) {
            throw overLimit.get();
        }
    }
}
