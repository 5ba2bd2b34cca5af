package io.github.inpaint4j.io;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.CanvasExtension;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.MaskSizeException;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.RgbImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The one way a picture file is filled, shared by {@code inpaint fill}, the server's jobs, the batch
 * and the Spark job: {@link #read} the picture (with its depth and metadata, a {@link Picture}) and
 * its mask and check that they have the same size ({@link Mask#requireSameSize}), then
 * {@link #fillAndWrite} — fill with a method and write the result atomically, at the picture's depth
 * and with its metadata unless the {@link WriteOptions} say otherwise. The two halves are apart so that a front end can act between them (warn that the mask
 * is empty, record the picture's size) and tell a bad input from a failed fill.
 *
 * @since 0.2.0
 */
public final class FillFiles {

    private FillFiles() {
    }

    /**
     * A picture and its holes, of the same size.
     *
     * @param picture the picture as read: its pixels, depth and metadata
     * @param holes its holes
     */
    public record Inputs(Picture picture, Mask holes) {

        /** @throws io.github.inpaint4j.MaskSizeException if the mask does not have the picture's size */
        public Inputs {
            Objects.requireNonNull(picture, "picture");
            Objects.requireNonNull(holes, "holes").requireSameSize(picture.image());
        }

        /**
         * These inputs with the holes {@linkplain Mask#dilate grown} by {@code radius} pixels
         * ({@link Mask#DILATE}; 0: the same holes).
         *
         * @throws io.github.inpaint4j.settings.SettingException if the radius is outside the setting's range
         */
        public Inputs dilated(int radius) {
            Mask.DILATE.check(radius);
            return radius == 0 ? this : new Inputs(picture, holes.dilate(radius));
        }

        /** The picture's pixels, as the methods take them. */
        public RgbImage image() {
            return picture.image();
        }
    }

    /**
     * Reads a picture and then its mask, and checks their sizes.
     *
     * @param picture the picture file
     * @param mask the mask file, or {@code null} for no holes (a canvas to {@link #extend} only)
     * @param rule how the mask file marks holes
     * @param reading how both are read: the pixel limit (checked from the header before decoding), orientation,
     *     warnings
     * @return the picture and its holes
     * @throws ImageReadException if a file is not a picture that can be read, is over the pixel limit, or (the
     *     mask) does not suit the rule; its {@link ImageReadException#file() file} says which
     * @throws IOException if a file cannot be read at all
     * @throws io.github.inpaint4j.MaskSizeException if the mask does not have the picture's size; for a mask
     *     of the size the picture is stored in, when the picture is shown (and read) turned by its recorded
     *     orientation, its {@link MaskSizeException#reason() reason} says so and what to do
     */
    public static Inputs read(Path picture, Path mask, MaskRule rule, ReadOptions reading) throws IOException {
        Picture file = ImageFiles.readPicture(picture, reading);
        Mask holes = mask == null ? Mask.empty(file.image().width(), file.image().height())
                : ImageFiles.readMask(mask, rule, reading);
        try {
            return new Inputs(file, holes);
        } catch (MaskSizeException e) {
            throw explained(e, picture, file.image(), holes, reading);
        }
    }

    /**
     * A mask drawn on the stored pixels of a picture that is shown, and read, turned a quarter turn
     * (orientations 5 to 8) has the picture's sides swapped. It is refused rather than turned: for a
     * square picture the two cannot be told apart, and a mask then means what it shows.
     */
    private static MaskSizeException explained(MaskSizeException e, Path picture, RgbImage image, Mask holes,
            ReadOptions reading) throws IOException {
        int w = image.width();
        int h = image.height();
        if (!reading.applyOrientation() || holes.width() != h || holes.height() != w) {
            return e;
        }
        Orientation orientation = ImageFiles.recordedOrientation(picture, reading);
        if (!orientation.swapsSides()) {
            return e;
        }
        return new MaskSizeException(holes.width(), holes.height(), w, h, "image", "the picture is stored " + h + "×"
                + w + " and shown " + orientation.description() + " (its EXIF orientation " + orientation.value()
                + "), which is how it is read; the mask has the stored size: draw it on the picture as shown ("
                + w + "×" + h + "), or turn it the same way");
    }

    /**
     * The inputs on a canvas extended by {@code extension} (outpainting): the larger picture, with
     * the file's depth and metadata, and the mask of its new border with the picture's holes.
     *
     * @param maxPixels the most pixels the canvas may have (the pixel limit the inputs were read with)
     * @throws IllegalArgumentException if the canvas would have more than {@code maxPixels}, naming its size
     * @since 0.2.0
     */
    public static Inputs extend(Inputs inputs, CanvasExtension extension, long maxPixels) {
        if (extension.isNone()) {
            return inputs;
        }
        int width = inputs.image().width();
        int height = inputs.image().height();
        long pixels = extension.pixels(width, height);
        if (pixels > maxPixels) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "the extended canvas would be"
                    + " %d×%d = %,d pixels, more than the limit of %,d pixels", extension.width(width),
                    extension.height(height), pixels, maxPixels));
        }
        CanvasExtension.Extended canvas = extension.apply(inputs.image(), inputs.holes());
        return new Inputs(inputs.picture().withImage(canvas.image()), canvas.mask());
    }

    /**
     * Fills the holes and writes the result atomically, as the picture was read (its depth and metadata), through
     * {@link ImageFiles#write(Picture, Path, boolean, WriteOptions)}.
     *
     * @param output the result's file (its format from its extension); its folder must exist
     * @param overwrite whether an existing output is replaced
     * @param writing the depth, metadata and quality of the output
     * @return the result
     * @throws io.github.inpaint4j.InpaintingCancelledException if {@code cancel} stopped the fill (nothing is written)
     * @throws RuntimeException what the method throws (an {@link IllegalArgumentException} for inputs it cannot
     *     fill)
     * @throws IOException if the result cannot be written ({@link java.nio.file.FileAlreadyExistsException} if it
     *     exists and {@code overwrite} is false)
     */
    public static Picture fillAndWrite(Inpainter inpainter, Inputs inputs, Path output, boolean overwrite,
            WriteOptions writing, ProgressListener progress, CancellationToken cancel) throws IOException {
        RgbImage result = inpainter.inpaint(inputs.image(), inputs.holes(), progress, cancel);
        Picture filled = inputs.picture().withImage(result);
        ImageFiles.write(filled, output, overwrite, writing);
        return filled;
    }
}
