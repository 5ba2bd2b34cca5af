package io.github.inpaint4j.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * A JPEG without its ICC profile, for the JDK's decoder: given the profile, it converts the samples
 * to sRGB, which the library does not do (the profile is carried to the output instead, so the
 * colours stay those of the file).
 */
final class JpegIcc {

    private JpegIcc() {
    }

    /** The JPEG of {@code in} (read from its current position) with every {@code ICC_PROFILE} APP2 segment left out, in memory. */
    static ImageInputStream without(ImageInputStream in) throws IOException {
        long start = in.getStreamPosition();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0;) {
            all.write(buffer, 0, n);
        }
        in.seek(start);
        byte[] b = all.toByteArray();
        ByteArrayOutputStream kept = new ByteArrayOutputStream(b.length);
        byte[] icc = MetadataReader.JPEG_ICC.getBytes(StandardCharsets.ISO_8859_1);
        int at = 2;
        kept.write(b, 0, Math.min(2, b.length));
        // segments up to the first scan; a marker without a length (RSTn, TEM) or damage ends the walk
        while (at + 4 <= b.length && (b[at] & 0xff) == 0xFF) {
            int marker = b[at + 1] & 0xff;
            if (marker == 0xDA || marker == 0xD9 || marker == 0xFF || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                break;
            }
            int end = at + 2 + ((b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff));
            if (end > b.length) {
                break;
            }
            if (!(marker == 0xE2 && startsWith(b, at + 4, icc))) {
                kept.write(b, at, end - at);
            }
            at = end;
        }
        kept.write(b, at, b.length - at);
        return new MemoryCacheImageInputStream(new ByteArrayInputStream(kept.toByteArray()));
    }

    private static boolean startsWith(byte[] b, int at, byte[] signature) {
        if (at + signature.length > b.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (b[at + i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
