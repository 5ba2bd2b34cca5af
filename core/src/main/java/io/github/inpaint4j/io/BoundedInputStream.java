package io.github.inpaint4j.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * A stream that fails once more than a given number of bytes were read from it, so that reading a
 * pipe that never ends, or holds far more than any allowed picture, costs bounded memory.
 */
final class BoundedInputStream extends FilterInputStream {

    private final Path file;
    private final long limit;
    private long read;

    /**
     * @param file the file the stream reads, for the message
     * @param limit the most bytes that may be read
     */
    BoundedInputStream(InputStream in, Path file, long limit) {
        super(in);
        this.file = file;
        this.limit = limit;
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
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
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
            throw new ImageReadException(file, "the stream holds more than " + limit
                    + " bytes, more than any picture within the pixel limit needs", null);
        }
    }
}
