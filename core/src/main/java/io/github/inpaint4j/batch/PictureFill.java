package io.github.inpaint4j.batch;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.CanvasExtension;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.InpaintingCancelledException;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.MaskSizeException;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.io.FillFiles;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.io.ImageReadException;
import io.github.inpaint4j.io.MaskRule;
import io.github.inpaint4j.io.OutputGuard;
import io.github.inpaint4j.io.Picture;
import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.io.WriteOptions;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work of one picture in a batch: read the picture and its mask, check them, fill, write the
 * result atomically, through {@link FillFiles} as every front end: at the picture's depth (8 or 16
 * bits; a float picture is written 16-bit in a PNG) and with its EXIF, ICC profile and XMP (see
 * {@link ImageFiles#write(Picture, Path, boolean, WriteOptions)}). It never throws for a bad picture: every problem becomes a
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
     * @param reading how the picture and the mask are read (the pixel limit, checked from the header before decoding)
     * @param output the result file (PNG); its folder is made if missing
     * @param overwrite whether an existing output is replaced; if not, the picture is {@link BatchStatus#SKIPPED}
     * @param cancel cancels the fill itself (the outcome is then {@link BatchStatus#CANCELLED} and nothing is written)
     * @return what became of the picture; never {@code null}
     */
    public static PictureOutcome run(Inpainter inpainter, Path picture, Path mask, MaskRule rule, ReadOptions reading,
            Path output, boolean overwrite, CancellationToken cancel) {
        return run(inpainter, picture, mask, rule, reading, output, overwrite, WriteOptions.defaults(), 0, cancel);
    }

    /**
     * Fills one picture and writes it with {@code writing} (a depth, no metadata).
     *
     * @see #run(Inpainter, Path, Path, MaskRule, ReadOptions, Path, boolean, CancellationToken)
     * @since 0.2.0
     */
    public static PictureOutcome run(Inpainter inpainter, Path picture, Path mask, MaskRule rule, ReadOptions reading,
            Path output, boolean overwrite, WriteOptions writing, CancellationToken cancel) {
        return run(inpainter, picture, mask, rule, reading, output, overwrite, writing, 0, cancel);
    }

    /**
     * Fills one picture, its holes first {@linkplain Mask#dilate grown} by {@code dilate} pixels, and
     * writes it with {@code writing}.
     *
     * @param dilate the dilation radius ({@link Mask#DILATE}), 0 for the mask as drawn
     * @see #run(Inpainter, Path, Path, MaskRule, ReadOptions, Path, boolean, CancellationToken)
     * @since 0.2.0
     */
    public static PictureOutcome run(Inpainter inpainter, Path picture, Path mask, MaskRule rule, ReadOptions reading,
            Path output, boolean overwrite, WriteOptions writing, int dilate, CancellationToken cancel) {
        return run(inpainter, picture, mask, rule, reading, output, overwrite, writing, dilate, CanvasExtension.none(),
                cancel);
    }

    /**
     * Fills one picture, its holes first grown by {@code dilate} pixels, then its canvas extended
     * (outpainting), and writes it with {@code writing}.
     *
     * @param mask the mask file, or {@code null} for none when {@code extension} extends the canvas
     * @param dilate the dilation radius ({@link Mask#DILATE}) of the picture's own holes, 0 for the mask as drawn
     * @param extension the pixels added on each side, filled with the holes
     * @see #run(Inpainter, Path, Path, MaskRule, ReadOptions, Path, boolean, CancellationToken)
     * @since 0.2.0
     */
    public static PictureOutcome run(Inpainter inpainter, Path picture, Path mask, MaskRule rule, ReadOptions reading,
            Path output, boolean overwrite, WriteOptions writing, int dilate, CanvasExtension extension,
            CancellationToken cancel) {
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(inpainter, "inpainter");
        Mask.DILATE.check(dilate);
        Objects.requireNonNull(writing, "writing");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(cancel, "cancel");
        long start = System.nanoTime();
        Outcome outcome;
        try {
            outcome = fill(inpainter, picture, mask, rule, reading, output, overwrite, writing, dilate, extension,
                    cancel);
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

    private static Outcome fill(Inpainter inpainter, Path picture, Path mask, MaskRule rule, ReadOptions reading,
            Path output, boolean overwrite, WriteOptions writing, int dilate, CanvasExtension extension,
            CancellationToken cancel) {
        if (!overwrite && Files.exists(output)) {
            return new Outcome(BatchStatus.SKIPPED, "output exists");
        }
        try {
            OutputGuard.requireNotInput(output, mask == null ? List.of(picture) : List.of(picture, mask));
        } catch (IOException e) {
            return new Outcome(BatchStatus.FAILED, e.getMessage());
        }
        if (cancel.isCancelled()) {
            return new Outcome(BatchStatus.CANCELLED, "the batch was stopped");
        }
        FillFiles.Inputs inputs;
        try {
            inputs = FillFiles.read(picture, mask, rule, reading).dilated(dilate);
        } catch (IOException e) {
            return new Outcome(BatchStatus.FAILED, (mask != null && mask.equals(failedFile(e)) ? "unreadable mask: "
                    : "unreadable picture: ") + describe(e));
        } catch (MaskSizeException e) {
            return new Outcome(BatchStatus.FAILED, "wrong size: " + describe(e));
        }
        try {
            inputs = FillFiles.extend(inputs, extension, reading.maxPixels());
        } catch (IllegalArgumentException e) {
            return new Outcome(BatchStatus.FAILED, describe(e));
        }
        try {
            Path folder = output.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            FillFiles.fillAndWrite(inpainter, inputs, output, overwrite, writing, ProgressListener.NONE, cancel);
        } catch (InpaintingCancelledException e) {
            return new Outcome(BatchStatus.CANCELLED, "the batch was stopped while the picture was filled");
        } catch (FileAlreadyExistsException e) {
            return new Outcome(BatchStatus.SKIPPED, "output written meanwhile by another run");
        } catch (IOException e) {
            return new Outcome(BatchStatus.FAILED, "cannot write " + output + ": " + describe(e));
        } catch (RuntimeException e) {
            return new Outcome(BatchStatus.FAILED, "method error: " + describe(e));
        }
        Mask holes = inputs.holes();
        return new Outcome(BatchStatus.DONE, holes.isEmpty() ? "the mask has no hole: the output is a copy" : "");
    }

    /** The file a read failed on, if the exception says. */
    private static Path failedFile(IOException e) {
        if (e instanceof ImageReadException unreadable) {
            return unreadable.file();
        }
        return e instanceof FileSystemException f && f.getFile() != null ? Path.of(f.getFile()) : null;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        String line = message == null || message.isBlank() ? e.getClass().getSimpleName()
                : message.lines().findFirst().orElse(message);
        return line;
    }
}
