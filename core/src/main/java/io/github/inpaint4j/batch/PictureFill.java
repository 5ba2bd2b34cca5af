package io.github.inpaint4j.batch;

import io.github.inpaint4j.CancellationToken;
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
 * result atomically, through {@link FillFiles} as every front end: by default at the picture's depth
 * (8 or 16 bits; a float picture is written 16-bit in a PNG) and with its EXIF, ICC profile and XMP,
 * or as the {@linkplain PictureFillOptions#writing() write options} say (see
 * {@link ImageFiles#write(Picture, Path, boolean, WriteOptions)}). It never throws for a bad picture:
 * every problem becomes a {@link BatchStatus#FAILED} outcome whose message says what (unreadable picture or mask, wrong
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
     * @param mask the mask file, or {@code null} for none when {@code options} extend the canvas
     * @param output the result file; its folder is made if missing
     * @param options how the picture is read, filled and written (the mask rule, the reading, the writing, the
     *     dilation, the extension, whether an existing output is replaced)
     * @param cancel cancels the fill itself (the outcome is then {@link BatchStatus#CANCELLED} and nothing is written)
     * @return what became of the picture; never {@code null}
     * @since 0.2.0
     */
    public static PictureOutcome run(Inpainter inpainter, Path picture, Path mask, Path output,
            PictureFillOptions options, CancellationToken cancel) {
        Objects.requireNonNull(inpainter, "inpainter");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(cancel, "cancel");
        long start = System.nanoTime();
        Outcome outcome;
        try {
            outcome = fill(inpainter, picture, mask, output, options, cancel);
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

    /**
     * Fills one picture at its depth with its metadata, its holes as drawn.
     *
     * @deprecated since 0.2.0: use {@link #run(Inpainter, Path, Path, Path, PictureFillOptions, CancellationToken)}
     *     with {@code PictureFillOptions.defaults().withMaskRule(rule).withReading(reading).withOverwrite(overwrite)}
     */
    @Deprecated(since = "0.2.0")
    public static PictureOutcome run(Inpainter inpainter, Path picture, Path mask, MaskRule rule, ReadOptions reading,
            Path output, boolean overwrite, CancellationToken cancel) {
        return run(inpainter, picture, mask, output,
                PictureFillOptions.defaults().withMaskRule(rule).withReading(reading).withOverwrite(overwrite), cancel);
    }

    private record Outcome(BatchStatus status, String message) {
    }

    private static Outcome fill(Inpainter inpainter, Path picture, Path mask, Path output, PictureFillOptions options,
            CancellationToken cancel) {
        boolean overwrite = options.overwrite();
        ReadOptions reading = options.reading();
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
            inputs = FillFiles.read(picture, mask, options.maskRule(), reading).dilated(options.dilate());
        } catch (IOException e) {
            return new Outcome(BatchStatus.FAILED, (mask != null && mask.equals(failedFile(e)) ? "unreadable mask: "
                    : "unreadable picture: ") + describe(e));
        } catch (MaskSizeException e) {
            return new Outcome(BatchStatus.FAILED, "wrong size: " + describe(e));
        }
        try {
            inputs = FillFiles.extend(inputs, options.extension(), reading.maxPixels());
        } catch (IllegalArgumentException e) {
            return new Outcome(BatchStatus.FAILED, describe(e));
        }
        try {
            Path folder = output.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            FillFiles.fillAndWrite(inpainter, inputs, output, overwrite, options.writing(), ProgressListener.NONE,
                    cancel);
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
