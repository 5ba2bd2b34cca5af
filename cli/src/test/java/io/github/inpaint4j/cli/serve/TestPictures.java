package io.github.inpaint4j.cli.serve;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.io.BufferedImages;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Tiny pictures and masks as PNG bytes. */
final class TestPictures {

    /** The test picture's size. */
    static final int WIDTH = 32;
    static final int HEIGHT = 24;
    /** The hole of {@link #holes()}. */
    static final Rect HOLE = new Rect(12, 8, 6, 5);

    private TestPictures() {
    }

    /** Stripes over a gradient, so that every method has structure to copy. */
    static RgbImage picture() {
        RgbImage gradient = SyntheticImages.gradient(WIDTH, HEIGHT);
        return Mask.fromRectangles(WIDTH, HEIGHT, new Rect(0, 0, 8, HEIGHT)).paint(gradient, 0.1f, 0.15f, 0.4f);
    }

    static Mask holes() {
        return Mask.fromRectangles(WIDTH, HEIGHT, HOLE);
    }

    static byte[] png(RgbImage image) {
        return png(BufferedImages.toBufferedImage(image));
    }

    /** A mask as a white-on-black PNG. */
    static byte[] png(Mask mask) {
        return png(mask.paint(RgbImage.filled(mask.width(), mask.height(), 0, 0, 0), 1, 1, 1));
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static BufferedImage decode(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new AssertionError("not a picture: " + new String(png, 0, Math.min(200, png.length),
                        StandardCharsets.UTF_8));
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
