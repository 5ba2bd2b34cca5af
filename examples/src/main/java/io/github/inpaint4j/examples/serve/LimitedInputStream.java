package io.github.inpaint4j.examples.serve;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** A request body that may not be longer than the server's limit: reading past it is an {@link HttpError} 413. */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long read;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** The 413 of a body of {@code length} bytes, or of one found longer than the limit. */
    static HttpError tooLarge(long limit, long length) {
        return new HttpError(HttpError.TOO_LARGE, String.format(Locale.ROOT, "the request body is too large: %s,"
                + " more than this server's limit of %,d bytes (see --max-body)",
                length < 0 ? "longer" : String.format(Locale.ROOT, "%,d bytes", length), limit));
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
        // ask for at most one byte past the limit: enough to see that it is passed
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

    private void count(long n) {
        read += n;
        if (read > limit) {
            throw tooLarge(limit, -1);
        }
    }
}
