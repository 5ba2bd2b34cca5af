package io.github.inpaint4j.benchmarks;

import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.io.BitDepth;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.io.ImageMetadata;
import io.github.inpaint4j.io.Picture;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the 16-bit version of the 12-megapixel bench photo ({@link BenchInputs#photo4000x3000}) and its
 * blob mask, for the deep-picture memory check of docs/performance.md: each sample is the photo's
 * 16-bit level plus a fine ramp ({@code x mod 251 − 125}) below the 8-bit steps, so that the file
 * really needs its 16 bits.
 *
 * <pre>java -cp benchmarks/target/speed.jar io.github.inpaint4j.benchmarks.DeepPhoto photo16.png blob10.png</pre>
 */
public final class DeepPhoto {

    private DeepPhoto() {
    }

    /** @param args the 16-bit PNG to write, the mask to write, and optionally the samples folder (default docs/samples) */
    public static void main(String[] args) throws IOException {
        Path samples = Path.of(args.length > 2 ? args[2] : "docs/samples");
        BenchInputs.Input input = BenchInputs.photo4000x3000(samples);
        ImageFiles.write(Picture.of(deepen(input.picture()), BitDepth.SIXTEEN, false, ImageMetadata.none()),
                Path.of(args[0]), true);
        ImageFiles.writeMask(input.mask(), Path.of(args[1]), true);
    }

    /** The picture's samples at 16 bits with the fine ramp added. */
    static RgbImage deepen(RgbImage picture) {
        float[] s = picture.toPlanar();
        int w = picture.width();
        for (int i = 0; i < s.length; i++) {
            int level = Math.round(s[i] * 65535f) + (i % w) % 251 - 125;
            s[i] = Math.max(0, Math.min(65535, level)) / 65535f;
        }
        return RgbImage.fromPlanar(w, picture.height(), s);
    }
}
