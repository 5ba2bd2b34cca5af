package io.github.inpaint4j.gan;

import ai.djl.modality.cv.Image;
import ai.djl.modality.cv.ImageFactory;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.io.BufferedImages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * Converts between {@link RgbImage} and DJL's {@link Image}, for a pipeline that already holds
 * DJL images (from {@code ImageFactory}, a detector's input, a translator). Neither direction needs
 * the engine. DJL images are 8-bit: an {@code RgbImage} becomes one with its samples rounded to
 * the nearest of 256 levels, as when it is written to a PNG file ({@link BufferedImages}), and a
 * DJL image comes back with {@code v / 255f}; so an 8-bit picture makes the round trip in either
 * direction bit for bit.
 */
public final class DjlImages {

    private DjlImages() {
    }

    /** {@code image} as a DJL image of the default {@link ImageFactory}, 8-bit, opaque. */
    public static Image toImage(RgbImage image) {
        Objects.requireNonNull(image, "image");
        BufferedImage rgb = BufferedImages.toBufferedImage(image);
        int[] argb = rgb.getRGB(0, 0, rgb.getWidth(), rgb.getHeight(), null, 0, rgb.getWidth());
        return ImageFactory.getInstance().fromPixels(argb, rgb.getWidth(), rgb.getHeight());
    }

    /**
     * The RGB content of a DJL image (alpha is ignored), read as {@link BufferedImages#toRgbImage}
     * reads a {@code BufferedImage}. An image of another factory than DJL's default (OpenCV's, say)
     * is exchanged through a lossless PNG encoding of it.
     *
     * @throws UncheckedIOException if a non-{@code BufferedImage} DJL image cannot be encoded
     */
    public static RgbImage toRgbImage(Image image) {
        Objects.requireNonNull(image, "image");
        if (image.getWrappedImage() instanceof BufferedImage wrapped) {
            return BufferedImages.toRgbImage(wrapped);
        }
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            image.save(png, "png");
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
            if (decoded == null) {
                throw new IOException("the DJL image's PNG encoding cannot be decoded");
            }
            return BufferedImages.toRgbImage(decoded);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + image.getWidth() + "×" + image.getHeight()
                    + " DJL image " + image.getClass().getName() + ": " + e.getMessage(), e);
        }
    }
}
