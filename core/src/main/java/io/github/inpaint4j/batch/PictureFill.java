package io.github.inpaint4j.batch;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.InpaintingCancelledException;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.io.ImageReadException;
import io.github.inpaint4j.io.MaskRule;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work of one picture in a batch: read the picture and its mask, check them, fill, write the
 * result atomically. It never throws for a bad picture: every problem becomes a
 * {@link BatchStatus#FAILED} outcome whose message says what (unreadable picture or mask, wrong
 * size, method error, out of memory, write error), so that one bad picture never stops a batch.
 * {@code inpaint batch} and the Spark job both run it. Thread-safe (it keeps no state).
 */
public final class PictureFill {

    private static final Logger LOG = LoggerFactory.getLogger(PictureFill.class);

    private PictureFill() {
    }

    /**
     * Fills one picture.
     *
     * @param inpainter the method, shared by every picture of the batch
     * @param picture the picture file
     * @param mask the mask file
     * @param rule how the mask file marks holes
     * @param maxPixels the largest width × height read, checked from the file's header before decoding
     * @param output the result file (PNG); its folder is made if missing
     * @param overwrite whether an existing output is replaced; if not, the picture is {@link BatchStatus#SKIPPED}
     * @param cancel cancels the fill itself (the outcome is then {@link BatchStatus#CANCELLED} and nothing is written)
     * @return what became of the picture; never {@code null}
     */
    public static PictureOutcome run(Inpainter inpainter, Path picture, Path mask, MaskRule rule, long maxPixels,
            Path output, boolean overwrite, CancellationToken cancel) {
        Objects.requireNonNull(inpainter, "inpainter");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(cancel, "cancel");
        long start = System.nanoTime();
        Outcome outcome;
        try {
            outcome = fill(inpainter, picture, mask, rule, maxPixels, output, overwrite, cancel);
        } catch (OutOfMemoryError e) {
            // a picture too large for the heap is that picture's failure; the others still fit
            outcome = new Outcome(BatchStatus.FAILED, "out of memory (give Java more with -Xmx, or run fewer jobs)");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (outcome.status == BatchStatus.FAILED) {
            LOG.debug("{}: {}", picture, outcome.message);
        }
        return new PictureOutcome(outcome.status, seconds, outcome.message);
    }

    private record Outcome(BatchStatus status, String message) {
    }

    private static Outcome fill(Inpainter inpainter, Path picture, Path mask, MaskRule rule, long maxPixels,
            Path output, boolean overwrite, CancellationToken cancel) {
        if (!overwrite && Files.exists(output)) {
            return new Outcome(BatchStatus.SKIPPED, "output exists");
        }
        try {
            requireNotInput(output, picture, mask);
        } catch (IOException e) {
            return new Outcome(BatchStatus.FAILED, e.getMessage());
        }
        if (cancel.isCancelled()) {
            return new Outcome(BatchStatus.CANCELLED, "the batch was stopped");
        }
        RgbImage image;
        try {
            image = readPicture(picture, maxPixels);
        } catch (IOException e) {
            return new Outcome(BatchStatus.FAILED, "unreadable picture: " + describe(e));
        }
        Mask holes;
        try {
            holes = readMask(mask, rule, maxPixels);
        } catch (IOException e) {
            return new Outcome(BatchStatus.FAILED, "unreadable mask: " + describe(e));
        }
        if (holes.width() != image.width() || holes.height() != image.height()) {
            return new Outcome(BatchStatus.FAILED, "wrong size: the mask is " + holes.width() + "×" + holes.height()
                    + ", the picture " + image.width() + "×" + image.height());
        }
        RgbImage result;
        try {
            result = inpainter.inpaint(image, holes, ProgressListener.NONE, cancel);
        } catch (InpaintingCancelledException e) {
            return new Outcome(BatchStatus.CANCELLED, "the batch was stopped while the picture was filled");
        } catch (RuntimeException e) {
            return new Outcome(BatchStatus.FAILED, "method error: " + describe(e));
        }
        try {
            Path folder = output.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            ImageFiles.write(result, output, overwrite);
        } catch (FileAlreadyExistsException e) {
            return new Outcome(BatchStatus.SKIPPED, "output written meanwhile by another run");
        } catch (IOException | RuntimeException e) {
            return new Outcome(BatchStatus.FAILED, "cannot write " + output + ": " + describe(e));
        }
        return new Outcome(BatchStatus.DONE, holes.isEmpty() ? "the mask has no hole: the output is a copy" : "");
    }

    /**
     * Reads a picture within the pixel limit. The limit is read from the header before decoding, so
     * a small file that claims a huge picture costs nothing.
     */
    // the header check stands in for ImageFiles.read(file, ReadOptions) until that API is on main
    static RgbImage readPicture(Path file, long maxPixels) throws IOException {
        requireWithinLimit(file, maxPixels);
        return ImageFiles.read(file);
    }

    /** Reads a mask within the pixel limit (see {@link #readPicture}). */
    static Mask readMask(Path file, MaskRule rule, long maxPixels) throws IOException {
        requireWithinLimit(file, maxPixels);
        return ImageFiles.readMask(file, rule);
    }

    private static void requireWithinLimit(Path file, long maxPixels) throws IOException {
        if (!Files.isRegularFile(file)) {
            return; // ImageFiles names a missing file or a folder
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return; // ImageFiles names the unknown content
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > maxPixels) {
                    throw new ImageReadException(file, reader.getWidth(0) + "×" + reader.getHeight(0) + " is "
                            + pixels + " pixels, above the limit of " + maxPixels, null);
                }
            } catch (IOException | RuntimeException e) {
                if (e instanceof ImageReadException tooLarge) {
                    throw tooLarge;
                }
                // a header the reader cannot parse: ImageFiles names the corruption
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * Refuses an output that is one of the inputs, whatever the spelling or link, even when
     * overwriting was asked: a result written over its picture or mask destroys the original.
     */
    // stands in for OutputGuard.requireNotInput until that API is on main
    static void requireNotInput(Path output, Path picture, Path mask) throws IOException {
        if (!Files.exists(output)) {
            return;
        }
        for (Path input : new Path[] {picture, mask}) {
            if (Files.exists(input) && Files.isSameFile(output, input)) {
                throw new IOException("output " + output + " is the input " + input
                        + "; an input is never overwritten");
            }
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        String line = message == null || message.isBlank() ? e.getClass().getSimpleName()
                : message.lines().findFirst().orElse(message);
        return line;
    }
}
