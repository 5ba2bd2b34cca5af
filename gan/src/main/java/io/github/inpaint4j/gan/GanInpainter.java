package io.github.inpaint4j.gan;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;
import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.InpaintCall;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.Threads;
import io.github.inpaint4j.gan.internal.checkpoint.Checkpoint;
import io.github.inpaint4j.gan.internal.checkpoint.CheckpointFolder;
import io.github.inpaint4j.gan.checkpoint.CheckpointMetadata;
import io.github.inpaint4j.gan.checkpoint.CheckpointSource;
import io.github.inpaint4j.gan.internal.GeneratorModel;
import io.github.inpaint4j.gan.internal.TorchRuntime;
import io.github.inpaint4j.gan.internal.WindowedFill;
import io.github.inpaint4j.gan.translate.GeneratorTranslator;
import io.github.inpaint4j.gan.translate.InpaintingInput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Fills holes with a generator trained by {@link GanTraining} (a context encoder in the manner of
 * Pathak et al., CVPR 2016, with a U-Net generator and the PatchGAN discriminator of Isola et al.,
 * CVPR 2017), or with the default model shipped in this jar ({@link #loadDefault()}).
 *
 * <p><b>Any picture and hole size.</b> Around each hole (8-connected component) a window with
 * context on every side is cropped, filled and its hole pixels pasted back; holes filled earlier
 * are context for later ones. A hole the generator can fill at full resolution — every pixel within
 * a quarter of the training crop's side of a known pixel, as deep as the holes it was trained on —
 * is filled in one pass, however long it is (a scratch across the picture). A deeper hole is
 * filled coarse to fine: the window, shrunk by the power of two {@code f} that brings the hole to a
 * depth the generator knows, is filled first; then at 2×, 4×, … the resolution until the full one,
 * each pass seeded with the pass below enlarged (the guide plane the generator is trained with), so
 * the coarse pass decides the layout from the whole context and the finer passes add the detail.
 * Only hole pixels are ever written: there is no visible window and no seam at a window's edge, and
 * known pixels come back bit for bit.
 *
 * <p><b>Bounded work at photo size.</b> The generator never runs on more than 512 × 512 pixels at
 * once. A finer pass whose window would be larger works on the hole and its nearby context only
 * (as much context on each side as the hole is deep), and a pass still larger is run in
 * overlapping tiles blended across their overlap. The native memory of a fill is therefore bounded
 * whatever the size of the picture or of the hole (about 0.5 GB with the default model), and its
 * time grows with the holes' area, not the picture's; the Java heap holds the picture, its
 * working copy and the result (docs/performance.md#at-photo-size).
 *
 * <p><b>Grey stays grey.</b> When every known pixel of the picture is grey (R, G and B within half
 * an 8-bit level), each filled pixel is set to its luma: a grey picture has no colour to continue,
 * so any tint in its fill would be invented.
 *
 * <p>Thread-safe: the loaded model is shared read-only and every call makes its own DJL
 * {@link Predictor} (a predictor is not thread-safe); each call releases every native array it
 * made. PyTorch's thread count is global to the process and set when the inpainter is loaded.
 * Deterministic on the CPU: the same inputs give the same output.
 *
 * <p>Holds native memory: {@link #close()} it when done; a closed inpainter refuses work with an
 * {@link IllegalStateException} that says it was closed.
 */
public final class GanInpainter implements Inpainter, AutoCloseable {

    private final String source;
    private final CheckpointMetadata metadata;
    private final Model generator;
    private final int windowSide;
    private volatile boolean closed;

    private GanInpainter(String source, CheckpointMetadata metadata, Model generator) {
        this.source = source;
        this.metadata = metadata;
        this.generator = generator;
        this.windowSide = metadata.model().cropSize();
    }

    /**
     * Loads the generator of a checkpoint, with the default thread count.
     *
     * @see #load(Path, int)
     */
    public static GanInpainter load(Path checkpoint) throws IOException {
        return load(checkpoint, TorchRuntime.defaultThreads());
    }

    /**
     * Loads the generator of a checkpoint.
     *
     * @param checkpoint a checkpoint folder ({@code step-NNNNNNNN}) or a training run's folder, whose
     *     newest checkpoint is used
     * @param threads PyTorch intra-op threads (process-wide), in [1, {@link Threads#max()}]
     * @throws java.nio.file.NoSuchFileException if {@code checkpoint} does not exist
     * @throws io.github.inpaint4j.gan.checkpoint.CheckpointException naming the file and the problem if
     *     the checkpoint is incomplete, corrupt, or of an incompatible format or architecture
     */
    public static GanInpainter load(Path checkpoint, int threads) throws IOException {
        Threads.require("threads", threads);
        Path folder = CheckpointFolder.resolve(checkpoint);
        return load(CheckpointSource.folder(folder), Checkpoint.readMetadata(folder), threads);
    }

    /**
     * Loads the default model shipped in this jar, with the default thread count: no training and
     * no network access needed. {@code docs/training.md} says how it was trained and on what.
     *
     * @see #loadDefault(int)
     */
    public static GanInpainter loadDefault() throws IOException {
        return loadDefault(TorchRuntime.defaultThreads());
    }

    /**
     * Loads the default model shipped in this jar.
     *
     * @param threads PyTorch intra-op threads (process-wide), in [1, {@link Threads#max()}]
     * @throws io.github.inpaint4j.gan.checkpoint.CheckpointException if the jar's copy is damaged
     */
    public static GanInpainter loadDefault(int threads) throws IOException {
        Threads.require("threads", threads);
        CheckpointSource source = CheckpointSource.defaultModel();
        return load(source, Checkpoint.readMetadata(source), threads);
    }

    private static GanInpainter load(CheckpointSource source, CheckpointMetadata metadata, int threads)
            throws IOException {
        return new GanInpainter(source.describe(), metadata, GeneratorModel.load(source, metadata, threads, null));
    }

    /** Where the generator was loaded from: a checkpoint folder, or the default model's resource folder. */
    public String source() {
        return source;
    }

    /** The metadata of the checkpoint loaded. */
    public CheckpointMetadata metadata() {
        return metadata;
    }

    @Override
    public RgbImage inpaint(RgbImage image, Mask mask, ProgressListener progress, CancellationToken cancel) {
        return inpaint(image, mask, progress, cancel, WindowedFill.of(windowSide));
    }

    /** {@link #inpaint} by {@code fill}: another tile budget. */
    RgbImage inpaint(RgbImage image, Mask mask, ProgressListener progress, CancellationToken cancel,
            WindowedFill fill) {
        requireOpen();
        if (!InpaintCall.begin(image, mask, progress, cancel)) {
            return image;
        }
        try (Predictor<InpaintingInput, RgbImage> predictor = generator.newPredictor(new GeneratorTranslator())) {
            return fill.fill(image, mask, run(predictor), progress, cancel);
        }
    }

    /** This model's fill with at most {@code tilePixels} pixels per run of the generator. */
    WindowedFill windowedFill(long tilePixels) {
        return new WindowedFill(windowSide, tilePixels);
    }

    /**
     * How the holes would be filled without windows or tiles: every pass of the coarse-to-fine fill
     * on the whole picture, at the scale of the deepest hole (a reference for the windows).
     */
    RgbImage wholePictureFill(RgbImage image, Mask mask) {
        requireOpen();
        try (Predictor<InpaintingInput, RgbImage> predictor = generator.newPredictor(new GeneratorTranslator())) {
            return WindowedFill.of(windowSide).wholePicture(image, mask, run(predictor));
        }
    }

    /** One run of the generator by {@code predictor}; a failure of the engine names the model. */
    private Function<InpaintingInput, RgbImage> run(Predictor<InpaintingInput, RgbImage> predictor) {
        return input -> {
            try {
                return predictor.predict(input);
            } catch (TranslateException e) {
                throw new IllegalStateException("the generator of " + source + " failed: " + e.getMessage(), e);
            }
        };
    }

    /** Native arrays currently held by the model (its parameters); constant across calls unless something leaks. */
    int liveArrays() {
        return generator.getNDManager().getManagedArrays().size();
    }

    /** @throws IllegalStateException naming the model if {@link #close()} was called */
    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("this GanInpainter (" + source + ") was closed: its native memory is "
                    + "released; load the model again to fill more pictures");
        }
    }

    /**
     * Releases the model's native memory; later calls to {@link #inpaint} throw an
     * {@link IllegalStateException} that says so. Calls already running must finish first: closing
     * under a running call is not supported. Closing twice does nothing.
     */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            generator.close();
        }
    }

    @Override
    public String toString() {
        return "GanInpainter[" + source + ", step " + metadata.step() + "]";
    }
}
